import Foundation

/// A number type a compiled formula can be evaluated in: `Double` for values, `Jet2` for values
/// with their gradient and Hessian.
protocol FormulaScalar: Sendable {
    /// The constant `c`.
    init(constant: Double)
    /// The plain value (for comparisons and `if`).
    var primal: Double { get }
    /// `a + b`.
    static func + (a: Self, b: Self) -> Self
    /// `a - b`.
    static func - (a: Self, b: Self) -> Self
    /// `a * b`.
    static func * (a: Self, b: Self) -> Self
    /// Applies a one-argument operation.
    static func apply(_ operation: UnaryOperation, _ a: Self) -> Self
    /// Applies a two-argument operation.
    static func apply(_ operation: BinaryOperation, _ a: Self, _ b: Self) -> Self
}

extension Double: FormulaScalar {
    init(constant: Double) { self = constant }

    var primal: Double { self }

    static func apply(_ operation: UnaryOperation, _ a: Double) -> Double {
        switch operation {
        case .negate: return -a
        case .sin: return Foundation.sin(a)
        case .cos: return Foundation.cos(a)
        case .tan: return Foundation.tan(a)
        case .exp: return Foundation.exp(a)
        case .log: return Foundation.log(a)
        case .sqrt: return a.squareRoot()
        case .abs: return Swift.abs(a)
        case .tanh: return Foundation.tanh(a)
        case .floor: return a.rounded(.down)
        }
    }

    static func apply(_ operation: BinaryOperation, _ a: Double, _ b: Double) -> Double {
        switch operation {
        case .add: return a + b
        case .subtract: return a - b
        case .multiply: return a * b
        case .divide: return a / b
        case .power: return Foundation.pow(a, b)
        case .min: return Swift.min(a, b)
        case .max: return Swift.max(a, b)
        default: return operation.compare(a, b) ? 1 : 0
        }
    }
}

extension Jet2: FormulaScalar {
    init(constant: Double) { self.init(value: constant) }

    var primal: Double { value }

    static func apply(_ operation: UnaryOperation, _ a: Jet2) -> Jet2 {
        let v = a.value
        switch operation {
        case .negate:
            return -a
        case .sin:
            let s = Foundation.sin(v)
            return a.chained(value: s, first: Foundation.cos(v), second: -s)
        case .cos:
            let c = Foundation.cos(v)
            return a.chained(value: c, first: -Foundation.sin(v), second: -c)
        case .tan:
            // tan' = 1 + tan^2, tan'' = 2 tan (1 + tan^2)
            let t = Foundation.tan(v), d1 = 1 + t * t
            return a.chained(value: t, first: d1, second: 2 * t * d1)
        case .exp:
            let e = Foundation.exp(v)
            return a.chained(value: e, first: e, second: e)
        case .log:
            return a.chained(value: Foundation.log(v), first: 1 / v, second: -1 / (v * v))
        case .sqrt:
            // sqrt' = 1 / (2 sqrt), sqrt'' = -1 / (4 v sqrt)
            let s = v.squareRoot()
            return a.chained(value: s, first: 0.5 / s, second: -0.25 / (v * s))
        case .abs:
            // The subgradient at 0 is 0.
            let sign: Double = v > 0 ? 1 : (v < 0 ? -1 : 0)
            return a.chained(value: Swift.abs(v), first: sign, second: 0)
        case .tanh:
            // tanh' = 1 - tanh^2, tanh'' = -2 tanh (1 - tanh^2)
            let t = Foundation.tanh(v), d1 = 1 - t * t
            return a.chained(value: t, first: d1, second: -2 * t * d1)
        case .floor:
            return Jet2(value: v.rounded(.down))
        }
    }

    static func apply(_ operation: BinaryOperation, _ a: Jet2, _ b: Jet2) -> Jet2 {
        switch operation {
        case .add: return a + b
        case .subtract: return a - b
        case .multiply: return a * b
        case .divide: return a / b
        case .power: return Jet2.power(a, b)
        case .min: return b.value < a.value ? b : a
        case .max: return b.value > a.value ? b : a
        default: return Jet2(value: operation.compare(a.value, b.value) ? 1 : 0)
        }
    }
}
