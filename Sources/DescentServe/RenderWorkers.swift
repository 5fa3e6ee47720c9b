import DescentRender
import Dispatch
import Foundation

/// Runs renders on threads of their own, off the server's event loops and off Swift's and
/// Dispatch's shared pools (sized to the cores, and grown only slowly when their threads are
/// busy: with three renders held on 2 cores, a quick figure took 0.9 s on Dispatch's global
/// queue and 0.03 s on a thread of its own): at most `limit` at once (more are refused, not queued),
/// each given up on after `timeLimit`, so a slow render never holds up a fast one. Each thread borrows a `ScenePainter` (Pango is not thread-safe, so a
/// painter serves one render at a time) and gives it back.
final class RenderWorkers: @unchecked Sendable {
    private let limit: Int
    private let timeLimit: Duration
    private var running = 0
    private var painters: [ScenePainter] = []
    private let lock = NSLock()

    init(limit: Int, timeLimit: Duration) {
        self.limit = limit
        self.timeLimit = timeLimit
    }

    /// What became of a render.
    enum Outcome<Value: Sendable>: Sendable {
        case done(Value)
        case busy
        case timedOut
    }

    /// Runs `work` with a painter on a thread of its own.
    func run<Value: Sendable>(_ work: @escaping @Sendable (ScenePainter) -> Value) async -> Outcome<Value> {
        let admitted = lock.withLock {
            guard running < limit else { return false }
            running += 1
            return true
        }
        guard admitted else { return .busy }
        let seconds = Double(timeLimit.components.seconds) + Double(timeLimit.components.attoseconds) / 1e18
        return await withCheckedContinuation { (continuation: CheckedContinuation<Outcome<Value>, Never>) in
            let once = Once(continuation)
            let thread = Thread {
                let painter = self.borrow()
                let value = work(painter)
                self.giveBack(painter)
                once.resume(.done(value))
            }
            thread.stackSize = 8 << 20
            thread.start()
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { once.resume(.timedOut) }
        }
    }

    private func borrow() -> ScenePainter {
        let reused: ScenePainter? = lock.withLock { painters.popLast() }
        return reused ?? ScenePainter()
    }

    private func giveBack(_ painter: ScenePainter) {
        lock.withLock {
            painters.append(painter)
            running -= 1
        }
    }

    /// Resumes a continuation once, with whichever result comes first.
    private final class Once<Value: Sendable>: @unchecked Sendable {
        private var continuation: CheckedContinuation<Value, Never>?
        private let lock = NSLock()
        init(_ continuation: CheckedContinuation<Value, Never>) { self.continuation = continuation }
        func resume(_ value: Value) {
            let pending: CheckedContinuation<Value, Never>? = lock.withLock {
                defer { continuation = nil }
                return continuation
            }
            pending?.resume(returning: value)
        }
    }
}
