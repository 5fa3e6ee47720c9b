/// The Python a formula compiles to, for scripts that recompute a lesson outside Descent
/// (`descent export --torch`).
public enum PythonMath: Sendable {
    /// `torch` operations on tensors (a surface, differentiated by autograd).
    case torch
    /// Python floats and `math` (a schedule's `lr_lambda`).
    case floats
}

extension Formula {
    /// The formula as Python statements, one per compiled instruction (`r0 = ...`), in the order
    /// Descent evaluates them, so that every operation rounds as Descent's does; constants are
    /// already folded, as Descent folds them. `variables[i]` is the Python name of variable `i`.
    ///
    /// Returns the statements and the expression of the result.
    public func python(variables names: [String], math library: PythonMath, prefix: String = "r") -> (lines: [String], result: String) {
        var lines: [String] = []
        func operand(_ index: Int) -> String { "\(prefix)\(index)" }
        for (index, instruction) in instructions.enumerated() {
            let value: String
            switch instruction {
            case .constant(let c):
                value = Self.literal(c)
            case .variable(let v):
                value = v < names.count ? names[v] : "float('nan')"
            case .unary(let op, let a):
                value = Self.unary(op, operand(a), library)
            case .binary(let op, let a, let b):
                value = Self.binary(op, operand(a), operand(b), library)
            case .select(let c, let a, let b):
                value = library == .torch
                    ? "torch.where(\(operand(c)) != 0, \(operand(a)), \(operand(b)))"
                    : "(\(operand(a)) if \(operand(c)) != 0 else \(operand(b)))"
            }
            lines.append("\(operand(index)) = \(value)")
        }
        switch result {
        case .constant(let c): return (lines, Self.literal(c))
        case .register(let r): return (lines, operand(r))
        }
    }

    /// A float literal that Python reads back to the same double.
    public static func literal(_ v: Double) -> String {
        if v.isNaN { return "float('nan')" }
        if v.isInfinite { return v < 0 ? "float('-inf')" : "float('inf')" }
        let text = "\(v)"
        return v < 0 ? "(\(text))" : text
    }

    private static func unary(_ op: UnaryOperation, _ a: String, _ library: PythonMath) -> String {
        let module = library == .torch ? "torch" : "math"
        switch op {
        case .negate: return "-\(a)"
        case .sin: return "\(module).sin(\(a))"
        case .cos: return "\(module).cos(\(a))"
        case .tan: return "\(module).tan(\(a))"
        case .exp: return "\(module).exp(\(a))"
        case .log: return "\(module).log(\(a))"
        case .sqrt: return "\(module).sqrt(\(a))"
        case .abs: return library == .torch ? "torch.abs(\(a))" : "abs(\(a))"
        case .tanh: return "\(module).tanh(\(a))"
        case .floor: return library == .torch ? "torch.floor(\(a))" : "float(math.floor(\(a)))"
        }
    }

    private static func binary(_ op: BinaryOperation, _ a: String, _ b: String, _ library: PythonMath) -> String {
        let torch = library == .torch
        switch op {
        case .add: return "\(a) + \(b)"
        case .subtract: return "\(a) - \(b)"
        case .multiply: return "\(a) * \(b)"
        case .divide: return "\(a) / \(b)"
        case .power: return torch ? "torch.pow(torch.as_tensor(\(a)), \(b))" : "math.pow(\(a), \(b))"
        case .min: return torch ? "torch.minimum(torch.as_tensor(\(a)), torch.as_tensor(\(b)))" : "(\(b) if \(b) < \(a) else \(a))"
        case .max: return torch ? "torch.maximum(torch.as_tensor(\(a)), torch.as_tensor(\(b)))" : "(\(b) if \(b) > \(a) else \(a))"
        case .less: return compare("<", a, b, torch)
        case .lessOrEqual: return compare("<=", a, b, torch)
        case .greater: return compare(">", a, b, torch)
        case .greaterOrEqual: return compare(">=", a, b, torch)
        case .equal: return compare("==", a, b, torch)
        case .notEqual: return compare("!=", a, b, torch)
        }
    }

    private static func compare(_ symbol: String, _ a: String, _ b: String, _ torch: Bool) -> String {
        torch ? "torch.as_tensor(\(a) \(symbol) \(b)).to(torch.float64)" : "float(\(a) \(symbol) \(b))"
    }
}
