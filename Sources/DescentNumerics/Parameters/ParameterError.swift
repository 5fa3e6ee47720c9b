/// A problem with a named thing or one of its parameters, as found while building it.
public struct ParameterError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Problem: Sendable, Hashable {
        /// The name (of an optimizer, schedule or surface) is not known.
        case unknownName
        /// The parameter key is not one the thing takes.
        case unknownParameter
        /// The value has the wrong type or is out of range.
        case invalidValue
        /// A required parameter is missing.
        case missingParameter
    }

    /// The kind of problem.
    public var problem: Problem
    /// The parameter concerned, or nil when the problem is with the name itself.
    public var key: String?
    /// A message a lecturer can act on, such as `unknown optimizer 'adamm'; did you mean 'adam'?`.
    public var message: String
    /// The 1-based column, inside the value's own text, where the problem is (a formula's
    /// parse error), so a lesson's diagnostic can point at it; nil for the whole value.
    public var column: Int?

    /// Creates a parameter error.
    public init(_ problem: Problem, key: String?, message: String) {
        self.problem = problem
        self.key = key
        self.message = message
    }

    public var description: String { message }
}
