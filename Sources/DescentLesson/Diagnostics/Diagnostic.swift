/// One problem found in a lesson file, with the position of the text that causes it.
///
/// Its description is the form compilers and editors understand,
/// `Lessons/ravine.yaml:12:9: error: unknown key 'stpes'; did you mean 'steps'?`.
public struct Diagnostic: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Hashable {
        /// The lesson cannot be used until it is fixed.
        case error
        /// The lesson works, but probably not as meant.
        case warning
    }

    /// The file as given to the loader.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column, counted in Unicode scalars (as libyaml counts).
    public var column: Int
    /// Error or warning.
    public var severity: Severity
    /// What is wrong, in words a lecturer can act on.
    public var message: String

    /// Creates a diagnostic.
    public init(file: String, line: Int, column: Int, severity: Severity = .error, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    public var description: String { "\(file):\(line):\(column): \(severity.rawValue): \(message)" }

    /// Orders by file, position, then message, so a list reads top to bottom.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        (a.file, a.line, a.column, a.message) < (b.file, b.line, b.column, b.message)
    }
}
