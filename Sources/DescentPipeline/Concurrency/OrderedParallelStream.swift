import Foundation

/// Makes results on several threads and hands them to one consumer in index order, never more
/// than `window` ahead of it: an animation's frames are painted on every core and encoded one
/// after another, with a bounded number of frames in memory.
///
/// Each thread makes its own state once (a ``ScenePainter`` with its Pango context). The consumer
/// runs on the calling thread and sees results `0, 1, 2, ...`, whatever the scheduling, so the
/// output is that of a serial loop.
public enum OrderedParallelStream {
    /// Calls `consume` with `make(i)` for `i` in `0..<count`, in order; `make` runs on `width`
    /// threads. Stops making after a `consume` that throws and rethrows its error.
    public static func run<Worker, Result>(
        count: Int, width: Int = ParallelWork.coreCount, window: Int? = nil,
        worker makeWorker: @escaping @Sendable () -> Worker,
        make: @escaping @Sendable (inout Worker, Int) -> Result,
        consume: (Int, Result) throws -> Void
    ) rethrows {
        guard count > 0 else { return }
        let threads = max(1, min(width, count))
        let state = StreamState<Result>(window: max(threads, window ?? 2 * threads))
        var started: [Thread] = []
        for _ in 0..<threads {
            let thread = Thread {
                var worker = makeWorker()
                while let index = state.nextIndex(below: count) {
                    state.deliver(index, make(&worker, index))
                }
                state.workerDone()
            }
            thread.stackSize = 8 << 20
            started.append(thread)
            thread.start()
        }
        defer { state.cancelAndWait(workers: threads) }
        for index in 0..<count {
            try consume(index, state.take(index))
        }
    }
}

/// The shared state of one stream: the next index to make, the results waiting to be consumed.
private final class StreamState<Result>: @unchecked Sendable {
    private let condition = NSCondition()
    private let window: Int
    private var next = 0
    private var consumed = 0
    private var cancelled = false
    private var finishedWorkers = 0
    private var ready: [Int: Result] = [:]

    init(window: Int) { self.window = window }

    /// The next index to make, waiting while the consumer is `window` behind; nil when done.
    func nextIndex(below count: Int) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !cancelled, next < count, next >= consumed + window { condition.wait() }
        guard !cancelled, next < count else { return nil }
        next += 1
        return next - 1
    }

    func deliver(_ index: Int, _ result: Result) {
        condition.lock()
        ready[index] = result
        condition.broadcast()
        condition.unlock()
    }

    /// Waits for result `index` and removes it.
    func take(_ index: Int) -> Result {
        condition.lock()
        defer { condition.unlock() }
        while ready[index] == nil { condition.wait() }
        consumed = index + 1
        condition.broadcast()
        return ready.removeValue(forKey: index)!
    }

    func workerDone() {
        condition.lock()
        finishedWorkers += 1
        condition.broadcast()
        condition.unlock()
    }

    /// Stops handing out indices and waits until every worker has left.
    func cancelAndWait(workers: Int) {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while finishedWorkers < workers { condition.wait() }
        condition.unlock()
    }
}
