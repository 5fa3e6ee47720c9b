import Foundation

/// Runs independent jobs on a bounded number of workers with Swift structured concurrency.
///
/// Each worker is a child task that makes its own state once (a ``ScenePainter`` with its Pango
/// context, which must not be shared between tasks) and takes the next job until none is left.
/// Results come back in job order, so the output of a parallel build is the output of a serial
/// one whatever the scheduling: every job is a pure function of its input.
public enum ParallelWork {
    /// The number of workers by default: one per core.
    public static var coreCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// `body` applied to every job, by at most `width` workers, each with state from `makeWorker`.
    /// Give the longest jobs first: a worker takes jobs in order.
    public static func map<Job: Sendable, Result: Sendable, Worker>(
        _ jobs: [Job], width: Int = coreCount, worker makeWorker: @escaping @Sendable () -> Worker,
        _ body: @escaping @Sendable (inout Worker, Job) -> Result
    ) async -> [Result] {
        let slots = ResultSlots<Result>(count: jobs.count)
        let queue = JobCounter()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<min(max(1, width), jobs.count) {
                group.addTask {
                    var worker = makeWorker()
                    while let index = queue.next(below: jobs.count) {
                        slots.set(index, body(&worker, jobs[index]))
                    }
                }
            }
        }
        return slots.values()
    }
}

/// Hands out job indices 0, 1, 2, ... to concurrent workers.
private final class JobCounter: @unchecked Sendable {
    private var next = 0
    private let lock = NSLock()

    func next(below count: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}

/// One result slot per job, each written once by the worker that ran the job.
private final class ResultSlots<Result>: @unchecked Sendable {
    private var slots: [Result?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    /// The results in job order (every job has run once the task group is done).
    func values() -> [Result] { slots.compactMap { $0 } }
}
