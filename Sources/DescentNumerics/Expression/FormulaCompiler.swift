/// Turns a syntax tree into `Formula` instructions: resolves names, folds constant sub-formulas.
///
/// It recurses only as deep as the tree, which `FormulaParser` bounds by
/// `Formula.maximumDepth`; chains of terms are walked in a loop.
struct FormulaCompiler {
    private let variables: [String]
    private let constants: [String: Double]
    /// The instructions emitted so far.
    private(set) var instructions: [Formula.Instruction] = []

    init(variables: [String], constants: [String: Double]) {
        self.variables = variables
        self.constants = constants
    }

    /// Throws for the first name that is neither a variable nor a constant.
    func check(_ node: FormulaNode) throws(FormulaError) {
        switch node {
        case .number:
            return
        case .name(let name, let column):
            guard !variables.contains(name), constants[name] == nil else { return }
            let known = variables + constants.keys.sorted()
            if name.count > 2, let close = Suggestion.closest(to: name, among: known) {
                throw FormulaError(column: column, "unknown variable '\(name)'", hint: "did you mean '\(close)'?")
            }
            let listed = known.isEmpty ? "no variables" : known.joined(separator: ", ")
            throw FormulaError(column: column, "unknown variable '\(name)'", hint: "it can use \(listed)")
        case .unary(_, let a):
            try check(a)
        case .binary(_, let a, let b):
            try check(a)
            try check(b)
        case .chain(let first, let links):
            try check(first)
            for link in links { try check(link.operand) }
        case .select(let c, let a, let b):
            try check(c)
            try check(a)
            try check(b)
        }
    }

    /// Emits the instructions for `node` (already checked) and says where its value is.
    mutating func compile(_ node: FormulaNode) -> Formula.Operand {
        switch node {
        case .number(let v):
            return .constant(v)
        case .name(let name, _):
            if let index = variables.firstIndex(of: name) { return emit(.variable(index)) }
            return .constant(constants[name] ?? .nan)
        case .unary(let op, let a):
            let ca = compile(a)
            if case .constant(let v) = ca { return .constant(Double.apply(op, v)) }
            return emit(.unary(op, register(ca)))
        case .binary(let op, let a, let b):
            let ca = compile(a), cb = compile(b)
            return combine(op, ca, cb)
        case .chain(let first, let links):
            var value = compile(first)
            for link in links { value = combine(link.operation, value, compile(link.operand)) }
            return value
        case .select(let c, let a, let b):
            let cc = compile(c)
            if case .constant(let v) = cc { return compile(v != 0 ? a : b) }
            let ca = compile(a), cb = compile(b)
            return emit(.select(register(cc), register(ca), register(cb)))
        }
    }

    /// `a op b`, folded when both are known.
    private mutating func combine(_ op: BinaryOperation, _ a: Formula.Operand, _ b: Formula.Operand) -> Formula.Operand {
        if case .constant(let u) = a, case .constant(let v) = b { return .constant(Double.apply(op, u, v)) }
        return emit(.binary(op, register(a), register(b)))
    }

    private mutating func emit(_ instruction: Formula.Instruction) -> Formula.Operand {
        instructions.append(instruction)
        return .register(instructions.count - 1)
    }

    /// The register holding `operand`, emitting a constant load when needed.
    private mutating func register(_ operand: Formula.Operand) -> Int {
        switch operand {
        case .register(let r): return r
        case .constant(let v):
            instructions.append(.constant(v))
            return instructions.count - 1
        }
    }
}
