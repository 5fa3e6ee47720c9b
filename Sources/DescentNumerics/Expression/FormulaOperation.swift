/// A one-argument operation of the formula language.
enum UnaryOperation: Sendable, Hashable {
    case negate, sin, cos, tan, exp, log, sqrt, abs, tanh, floor
}

/// A two-argument operation of the formula language: arithmetic, `min`/`max` and comparisons
/// (which give 1 for true and 0 for false).
enum BinaryOperation: Sendable, Hashable {
    case add, subtract, multiply, divide, power, min, max
    case less, lessOrEqual, greater, greaterOrEqual, equal, notEqual

    /// The comparison `a op b`; false for the non-comparison operations.
    func compare(_ a: Double, _ b: Double) -> Bool {
        switch self {
        case .less: return a < b
        case .lessOrEqual: return a <= b
        case .greater: return a > b
        case .greaterOrEqual: return a >= b
        case .equal: return a == b
        case .notEqual: return a != b
        default: return false
        }
    }
}

/// The functions a formula may call, with how many arguments each takes.
enum FormulaFunction: String, Sendable, CaseIterable {
    case sin, cos, tan, exp, log, sqrt, abs, tanh, floor, min, max
    case `if`

    /// The number of arguments.
    var arity: Int {
        switch self {
        case .min, .max: return 2
        case .if: return 3
        default: return 1
        }
    }
}
