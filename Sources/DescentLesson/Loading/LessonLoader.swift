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
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LessonLoadError(diagnostics: [Diagnostic(file: path, line: 1, column: 1, message: "cannot read the lesson file (missing, a folder, or not readable)")])
        }
        guard let yaml = String(data: data, encoding: .utf8) else {
            throw LessonLoadError(diagnostics: [Diagnostic(file: path, line: 1, column: 1, message: "the lesson file is not UTF-8 text; save it as UTF-8")])
        }
        return try parse(yaml: yaml, file: path)
    }

    /// Validates the lesson in `yaml`; `file` names it in diagnostics, and its last path
    /// component without extension is the lesson's name.
    public func parse(yaml: String, file: String) throws(LessonLoadError) -> Lesson {
        var reader = LessonReader(file: file, catalogs: catalogs)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw LessonLoadError(diagnostics: [Self.diagnostic(for: error, file: file)])
        }
        let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        guard let lesson = reader.lesson(root, name: name) else {
            throw LessonLoadError(diagnostics: reader.uniqueDiagnostics)
        }
        return lesson
    }

    /// `load(path:)` with the standard catalogs.
    public static func load(path: String) throws(LessonLoadError) -> Lesson {
        try LessonLoader().load(path: path)
    }

    /// `parse(yaml:file:)` with the standard catalogs.
    public static func parse(yaml: String, file: String) throws(LessonLoadError) -> Lesson {
        try LessonLoader().parse(yaml: yaml, file: file)
    }

    /// A YAML syntax error at its position, in libyaml's words.
    static func diagnostic(for error: any Error, file: String) -> Diagnostic {
        guard let yamlError = error as? YamlError else {
            return Diagnostic(file: file, line: 1, column: 1, message: "cannot read the YAML: \(error)")
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _),
             .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            let detail = context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return Diagnostic(file: file, line: mark.line, column: mark.column, message: "YAML syntax: \(problem)\(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic(file: file, line: context.mark.line, column: context.mark.column, message: "the key \(keys) appears more than once in one map")
        case .reader(let problem, let offset, _, let yaml):
            let (line, column) = Self.position(ofCharacter: offset ?? 0, in: yaml)
            return Diagnostic(file: file, line: line, column: column, message: "YAML: \(problem)")
        default:
            return Diagnostic(file: file, line: 1, column: 1, message: "cannot read the YAML: \(yamlError)")
        }
    }

    /// 1-based line and column (in Unicode scalars) of the character at `offset`.
    static func position(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for character in text.prefix(offset) {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return (line, column)
    }
}
