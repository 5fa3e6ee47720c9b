#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that readers never see a half-written one.
enum AtomicFile {
    /// Writes `bytes` to a new temporary file next to `path`, then renames it over `path`.
    ///
    /// Missing parent directories are created. On any failure the temporary file is removed and
    /// `path` is left as it was.
    static func write(_ bytes: [UInt8], to path: String) throws(RenderError) {
        let (directory, name) = split(path)
        guard !name.isEmpty else { throw .file(path: path, reason: "the path names a directory, not a file") }
        try makeDirectories(directory, for: path)

        var template = Array("\(directory)/.\(name).XXXXXX".utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
            guard let base = buffer.baseAddress else { return -1 }
            return mkstemp(base)
        }
        guard descriptor >= 0 else { throw failure(path) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do throws(RenderError) {
            try writeAll(bytes, to: descriptor, path: path)
            _ = fchmod(descriptor, 0o644)
        } catch {
            _ = close(descriptor)
            _ = unlink(temporary)
            throw error
        }
        guard close(descriptor) == 0 else {
            let error = failure(path)
            _ = unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = failure(path)
            _ = unlink(temporary)
            throw error
        }
    }

    /// The directory (`.` when none) and the file name of `path`.
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }

    /// `mkdir -p directory`.
    private static func makeDirectories(_ directory: String, for path: String) throws(RenderError) {
        var prefix = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o755) != 0, errno != EEXIST { throw failure(path) }
        }
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(RenderError) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw failure(path) }
            written += count
        }
    }

    private static func failure(_ path: String) -> RenderError {
        .file(path: path, reason: String(cString: strerror(errno)))
    }
}
