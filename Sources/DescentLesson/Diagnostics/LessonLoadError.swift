/// Every problem that keeps a lesson file from loading, sorted by position.
public struct LessonLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The problems, sorted by position; at least one is an error.
    public var diagnostics: [Diagnostic]

    /// Creates a load error from its diagnostics (sorted here).
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted()
    }

    /// One `file:line:column: severity: message` line per problem.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
