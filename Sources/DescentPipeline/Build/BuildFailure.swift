import DescentLesson

/// Why a lesson could not be built: its diagnostics, or a failure to write its files.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    /// The diagnostics, one per problem, `file:line:column: error: message`.
    public var diagnostics: [Diagnostic]
    /// Other problems (a file could not be written), already phrased for the user.
    public var messages: [String]

    /// Creates a failure.
    public init(diagnostics: [Diagnostic] = [], messages: [String] = []) {
        self.diagnostics = diagnostics
        self.messages = messages
    }

    public var description: String {
        (diagnostics.map(\.description) + messages).joined(separator: "\n")
    }
}
