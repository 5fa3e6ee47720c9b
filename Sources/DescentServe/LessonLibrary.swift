import DescentLesson
import DescentPipeline
import Foundation

/// The lessons a studio serves, reloaded when their files change: each lesson's text, its
/// validated `Lesson` (or the located errors of its last save, with the last good lesson kept),
/// and a version that counts its changes.
///
/// Safe to use from concurrent requests; `refresh()` stats every file and rereads only those
/// whose size or modification time changed, so an edit rebuilds only its own lesson.
public final class LessonLibrary: @unchecked Sendable {
    /// One lesson as last read.
    public struct Entry: Sendable {
        /// The lesson's name (its file name without extension), which its URLs use.
        public var name: String
        /// The file.
        public var path: String
        /// The file's text as last read.
        public var text: String
        /// The lesson when the text is valid.
        public var lesson: Lesson?
        /// The last valid lesson and its text, kept while the file has errors.
        public var lastGood: (lesson: Lesson, text: String)?
        /// The located errors of the text, as `descent check` prints them; empty when valid.
        public var errors: [String]
        /// Counts the changes the page has been told about.
        public var version: Int
        var stamp: FileStamp?

        /// The lesson to draw and its text: the current one, or the last good one while the file
        /// has errors.
        public var current: (lesson: Lesson, text: String)? {
            if let lesson { return (lesson, text) }
            return lastGood
        }
    }

    /// `size:mtime` of a file, which changes when it is saved.
    struct FileStamp: Equatable {
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
    }

    private let builder: LessonBuilder
    private let files: [String]
    private var entries: [String: Entry] = [:]
    private var listeners: [UUID: AsyncStream<String>.Continuation] = [:]
    private let lock = NSLock()

    /// The lessons among `files`, loaded with `builder`'s options.
    public init(files: [String], builder: LessonBuilder) {
        self.files = files
        self.builder = builder
        _ = refresh()
    }

    /// The lesson files of `root`: the file itself, or a folder's `*.yaml` files, sorted.
    public static func files(root: String) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return [root] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        let base = root.hasSuffix("/") ? String(root.dropLast()) : root
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { "\(base)/\($0)" }
    }

    /// Every lesson, in file order.
    public var all: [Entry] {
        lock.withLock { files.compactMap { entries[Self.name(of: $0)] } }
    }

    /// The lesson called `name`, if the studio serves one.
    public func entry(_ name: String) -> Entry? {
        lock.withLock { entries[name] }
    }

    /// Rereads the files that changed since the last call and tells listeners; returns the names
    /// of the lessons that changed.
    @discardableResult
    public func refresh() -> [String] {
        var changed: [String] = []
        for path in files {
            let name = Self.name(of: path)
            let stamp = Self.stamp(path)
            let previous = lock.withLock { entries[name] }
            if let previous, previous.stamp == stamp { continue }
            let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            var entry = previous ?? Entry(name: name, path: path, text: text, lesson: nil, lastGood: nil, errors: [], version: 0, stamp: stamp)
            entry.stamp = stamp
            if previous != nil, previous?.text == text { lock.withLock { entries[name] = entry }; continue }
            entry.text = text
            entry.version += previous == nil ? 0 : 1
            do {
                let lesson = try builder.load(yaml: text, file: path)
                entry.lesson = lesson
                entry.lastGood = (lesson, text)
                entry.errors = []
            } catch {
                entry.lesson = nil
                entry.errors = Array(Set(error.diagnostics)).sorted().map(\.description) + error.messages
            }
            lock.withLock { entries[name] = entry }
            if previous != nil { changed.append(name) }
        }
        if !changed.isEmpty {
            let targets = lock.withLock { Array(listeners.values) }
            for name in changed { for listener in targets { listener.yield(name) } }
        }
        return changed
    }

    /// The names of lessons as they change, until the stream is dropped.
    public func changes() -> AsyncStream<String> {
        let id = UUID()
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(16))
        continuation.onTermination = { [weak self] _ in self?.lock.withLock { _ = self?.listeners.removeValue(forKey: id) } }
        lock.withLock { listeners[id] = continuation }
        return stream
    }

    private static func name(of path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }

    private static func stamp(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(size: Int64(info.st_size), seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec)
    }
}
