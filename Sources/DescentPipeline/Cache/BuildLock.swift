#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on an output folder for the length of a build (`flock` on a lock file in
/// the cache folder), so two builds into one folder run one after the other instead of mixing
/// their files and cache entries. The operating system releases it when the process dies.
public final class BuildLock {
    private let descriptor: Int32

    /// Waits for and takes the lock of the cache folder `directory`, creating it.
    public init(directory: String) throws(BuildFailure) {
        BuildCache.makeDirectories(directory)
        let path = "\(directory)/lock"
        descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw BuildFailure(messages: ["\(path): error: cannot open the build lock: \(String(cString: strerror(errno)))"])
        }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let reason = String(cString: strerror(errno))
                close(descriptor)
                throw BuildFailure(messages: ["\(path): error: cannot take the build lock: \(reason)"])
            }
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
