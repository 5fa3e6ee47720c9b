/// A formula that cannot be read, with the 1-based column of the problem.
///
/// The description reads like `expected ')' at column 12` or
/// `unknown function 'sinn' at column 1; did you mean 'sin'?`.
public struct FormulaError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The 1-based column (in characters) where the problem is.
    public var column: Int
    /// What is wrong, without the column (`expected ')'`).
    public var problem: String
    /// A hint after the position, such as `did you mean 'sin'?`, or nil.
    public var hint: String?

    /// Creates a formula error.
    public init(column: Int, _ problem: String, hint: String? = nil) {
        self.column = column
        self.problem = problem
        self.hint = hint
    }

    public var description: String {
        "\(problem) at column \(column)" + (hint.map { "; \($0)" } ?? "")
    }
}
