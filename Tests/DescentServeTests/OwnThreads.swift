import Dispatch

/// A task executor on threads of its own (a Dispatch queue of this executor's, which grows past
/// the core count), for a test whose server must keep answering while the rest of the suite
/// fills Swift's shared pool (two threads on a 2-core machine) with long synchronous work. Child
/// tasks inherit the preference, so a server started under it handles its connections here.
final class OwnThreads: TaskExecutor, @unchecked Sendable {
    private let queue = DispatchQueue(label: "studio-test-executor", attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
