#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that readers never see a half-written one, even after a crash.
///
/// The bytes go to a temporary file next to the target, named `.<name>.descent-XXXXXX`, which is
/// flushed to disk (`fsync`) and then renamed over the target; the folder is flushed too, so the
/// rename itself survives a power cut. While it is written the temporary file is locked
/// (`flock`), so ``removeStaleTemporaries(in:)`` can tell the leftovers of a killed process
/// (unlocked) from the work of a live one (locked).
public enum AtomicFile {
    /// The marker between a target's name and the random suffix of its temporary file.
    static let marker = ".descent-"

    /// Writes `bytes` to a new temporary file next to `path`, then renames it over `path`.
    ///
    /// Missing parent directories are created. On any failure the temporary file is removed and
    /// `path` is left as it was.
    public static func write(_ bytes: [UInt8], to path: String) throws(FileError) {
        let (directory, name) = split(path)
        guard !name.isEmpty else { throw FileError(path: path, reason: "the path names a directory, not a file") }
        try makeDirectories(directory, for: path)

        let (descriptor, temporary) = try createTemporary(directory: directory, name: name, for: path)
        do throws(FileError) {
            try writeAll(bytes, to: descriptor, path: path)
            _ = fchmod(descriptor, 0o644)
            guard fsync(descriptor) == 0 else { throw failure(path) }
            // Renamed while still open and locked, so a cleaner never takes it for a leftover.
            guard rename(temporary, path) == 0 else { throw failure(path) }
        } catch {
            _ = unlink(temporary)
            _ = close(descriptor)
            throw error
        }
        syncDirectory(directory)
        guard close(descriptor) == 0 else { throw failure(path) }
    }

    /// Removes the temporary files that a killed writer left in `directory` (those named like
    /// ours and not locked by a live writer). Returns the names removed, sorted; a missing or
    /// unreadable folder has none.
    @discardableResult
    public static func removeStaleTemporaries(in directory: String) -> [String] {
        var removed: [String] = []
        for name in entries(of: directory) where isTemporaryName(name) {
            let file = "\(directory)/\(name)"
            let descriptor = open(file, O_RDONLY | O_NOFOLLOW)
            guard descriptor >= 0 else { continue }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0, unlink(file) == 0 { removed.append(name) }
            _ = close(descriptor)
        }
        return removed.sorted()
    }

    /// Whether `name` has the form `.<name>.descent-XXXXXX` of our temporary files.
    static func isTemporaryName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        let tail = Array(marker.utf8) // ".descent-" then six characters of mkstemp
        guard bytes.count >= 2 + tail.count + 6, bytes[0] == UInt8(ascii: ".") else { return false }
        let suffix = bytes.suffix(6)
        let middle = bytes.dropLast(6).suffix(tail.count)
        let isAlphanumeric = { (byte: UInt8) in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        return Array(middle) == tail && suffix.allSatisfy(isAlphanumeric)
    }

    /// The directory (`.` when none) and the file name of `path`.
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let directory = String(path[..<slash])
        return (directory.isEmpty ? "/" : directory, String(path[path.index(after: slash)...]))
    }

    /// A new locked temporary file for `name` in `directory`: its descriptor and path.
    private static func createTemporary(directory: String, name: String, for path: String) throws(FileError) -> (Int32, String) {
        // A cleaner may unlink the file between mkstemp and flock; then it has no link left and we
        // make another.
        for _ in 0..<8 {
            var template = Array("\(directory)/.\(name)\(marker)XXXXXX".utf8CString)
            let descriptor = template.withUnsafeMutableBufferPointer { buffer -> Int32 in
                guard let base = buffer.baseAddress else { return -1 }
                return mkstemp(base)
            }
            guard descriptor >= 0 else { throw failure(path) }
            let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
            var status = stat()
            if flock(descriptor, LOCK_EX) == 0, fstat(descriptor, &status) == 0, status.st_nlink > 0 {
                return (descriptor, temporary)
            }
            _ = close(descriptor)
        }
        throw FileError(path: path, reason: "could not create a temporary file next to it")
    }

    /// `mkdir -p directory`.
    private static func makeDirectories(_ directory: String, for path: String) throws(FileError) {
        var prefix = directory.hasPrefix("/") ? "" : "."
        for component in directory.split(separator: "/") {
            prefix += "/" + component
            if mkdir(prefix, 0o755) != 0, errno != EEXIST {
                throw FileError(path: prefix, operation: "create the folder", reason: String(cString: strerror(errno)))
            }
        }
    }

    /// Flushes a folder's entries so a rename in it survives a crash. Best effort: some file
    /// systems refuse `fsync` on a folder, and the file itself is already safe.
    private static func syncDirectory(_ directory: String) {
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        _ = close(descriptor)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(FileError) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress.map { $0 + written }, buffer.count - written)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw failure(path) }
            written += count
        }
    }

    private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, bytes, count)
        #elseif canImport(Musl)
        Musl.write(descriptor, bytes, count)
        #else
        Darwin.write(descriptor, bytes, count)
        #endif
    }

    /// The names in `directory` (without `.` and `..`).
    static func entries(of directory: String) -> [String] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    private static func failure(_ path: String) -> FileError {
        FileError(path: path, reason: String(cString: strerror(errno)))
    }
}
