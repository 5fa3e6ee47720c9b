import Foundation
import Yams

/// Loads lesson files into validated `Lesson` values.
///
/// Loading reports every problem of the file at once, each with its line and column, rather
/// than stopping at the first:
///
/// ```swift
/// do {
///     let lesson = try LessonLoader.load(path: "Lessons/ravine.yaml")
/// } catch {
///     print(error)   // Lessons/ravine.yaml:7:3: error: unknown key 'stpes'; did you mean 'steps'?
/// }
/// ```
public struct LessonLoader: Sendable {
    /// Where optimizer, schedule and surface names are looked up.
    public var catalogs: LessonCatalogs

    /// Creates a loader that looks names up in `catalogs`.
    public init(catalogs: LessonCatalogs = .standard) {
        self.catalogs = catalogs
    }

    /// Reads and validates the lesson file at `path`; its name is the file's name without extension.
    public func load(path: String) throws(LessonLoadError) -> Lesson {
        try loadWithSource(path: path).lesson
    }

    /// `load(path:)`, with the YAML nodes the lesson was read from, for locating problems found
    /// later (`LessonBudget`).
    public func loadWithSource(path: String) throws(LessonLoadError) -> (lesson: Lesson, source: LessonSource) {
        let bytes: [UInt8]
        switch Self.read(path) {
        case .success(let contents): bytes = contents
        case .failure(let problem): throw LessonLoadError(diagnostics: [Diagnostic(file: path, line: 1, column: 1, message: problem.message)])
        }
        return try parseWithSource(bytes: bytes, file: path)
    }

    /// Validates the lesson file's `bytes`: invalid UTF-8 is an error at its line and column.
    public func parseWithSource(bytes: [UInt8], file: String) throws(LessonLoadError) -> (lesson: Lesson, source: LessonSource) {
        if let (line, column) = Self.firstInvalidUTF8(in: bytes) {
            throw LessonLoadError(diagnostics: [Diagnostic(file: file, line: line, column: column, message: "the lesson file is not UTF-8 text here; save it as UTF-8")])
        }
        return try parseWithSource(yaml: String(decoding: bytes, as: UTF8.self), file: file)
    }

    /// Validates the lesson in `yaml`; `file` names it in diagnostics, and its last path
    /// component without extension is the lesson's name.
    public func parse(yaml: String, file: String) throws(LessonLoadError) -> Lesson {
        try parseWithSource(yaml: yaml, file: file).lesson
    }

    /// `parse(yaml:file:)`, with the YAML nodes the lesson was read from.
    public func parseWithSource(yaml: String, file: String) throws(LessonLoadError) -> (lesson: Lesson, source: LessonSource) {
        var reader = LessonReader(file: file, catalogs: catalogs)
        var composer = LessonComposer(file: file)
        let root: Node?
        do {
            root = try composer.compose(yaml)
        } catch {
            throw LessonLoadError(diagnostics: composer.diagnostics + [error.diagnostic])
        }
        let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        let lesson = reader.lesson(root, name: name)
        guard let lesson, composer.diagnostics.isEmpty else {
            throw LessonLoadError(diagnostics: composer.diagnostics + reader.uniqueDiagnostics)
        }
        return (lesson, LessonSource(file: file, root: root))
    }

    /// `load(path:)` with the standard catalogs.
    public static func load(path: String) throws(LessonLoadError) -> Lesson {
        try LessonLoader().load(path: path)
    }

    /// `parse(yaml:file:)` with the standard catalogs.
    public static func parse(yaml: String, file: String) throws(LessonLoadError) -> Lesson {
        try LessonLoader().parse(yaml: yaml, file: file)
    }

    /// The largest lesson file read: a lesson is a few kilobytes, and anything much larger is
    /// refused before it is parsed.
    public static let maximumFileBytes = 1 << 20

    /// Why a lesson file could not be read, in the system's words.
    struct ReadProblem: Error {
        let message: String
    }

    /// The file's bytes, or why they cannot be read (`No such file or directory`, `Is a directory`,
    /// or too large).
    static func read(_ path: String) -> Result<[UInt8], ReadProblem> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(ReadProblem(message: "cannot read the lesson file: \(String(cString: strerror(errno)))")) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { return .failure(ReadProblem(message: "cannot read the lesson file: \(String(cString: strerror(errno)))")) }
            if count == 0 { return .success(bytes) }
            bytes += chunk[..<count]
            guard bytes.count <= maximumFileBytes else {
                return .failure(ReadProblem(message: "the lesson file is larger than \(maximumFileBytes / 1024) KB; a lesson needs a few KB, so this is probably not a lesson"))
            }
        }
    }

    /// The 1-based line and column (in Unicode scalars) of the first byte of `bytes` that is not
    /// part of valid UTF-8, or nil when all of it is valid.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> (line: Int, column: Int)? {
        var line = 1, column = 1, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, column)
            }
            guard index + length <= bytes.count else { return (line, column) }
            if length > 1 {
                let second = bytes[index + 1]
                // The second byte's range excludes overlong forms and surrogates (RFC 3629).
                let range: ClosedRange<UInt8> = switch byte {
                case 0xE0: 0xA0...0xBF
                case 0xED: 0x80...0x9F
                case 0xF0: 0x90...0xBF
                case 0xF4: 0x80...0x8F
                default: 0x80...0xBF
                }
                guard range.contains(second), bytes[(index + 2)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) else {
                    return (line, column)
                }
            }
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        return nil
    }
}
