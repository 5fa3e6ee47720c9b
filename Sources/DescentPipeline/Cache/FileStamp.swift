#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's size and modification time, as the build cache records each output: a file that was
/// removed, truncated or replaced since no longer matches its stamp.
public struct FileStamp: Codable, Sendable, Hashable {
    /// The file's path.
    public var path: String
    /// Its size in bytes.
    public var size: Int64
    /// Its modification time in nanoseconds since 1970.
    public var modified: Int64

    /// The stamp of the file at `path` as it is now, or nil when it does not exist.
    public static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return FileStamp(path: path, size: Int64(info.st_size), modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec))
    }

    /// Whether the file is still as stamped.
    public var isCurrent: Bool { Self.of(path) == self }
}
