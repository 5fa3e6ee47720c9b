/// A recursive-descent parser from tokens to a `FormulaNode`.
///
/// Grammar, loosest binding first (`^` is right-associative and binds tighter than unary minus,
/// so `2^3^2 = 2^9` and `-2^2 = -(2^2)`, as in mathematics and Python):
///
///     formula        = comparison
///     comparison     = additive { ("<" | "<=" | ">" | ">=" | "==" | "!=") additive }
///     additive       = multiplicative { ("+" | "-") multiplicative }
///     multiplicative = unary { ("*" | "/") unary }
///     unary          = ("-" | "+") unary | power
///     power          = primary [ "^" unary ]
///     primary        = number | name | name "(" formula { "," formula } ")" | "(" formula ")"
///
/// Every nested construct (a parenthesis, a call, a sign, an exponent) passes through `unary`,
/// which counts the depth and stops at `Formula.maximumDepth`; runs of `+ -`, `* /` and
/// comparisons are loops that build one `.chain` node. So the recursion, and the tree, are bounded.
struct FormulaParser {
    private let tokens: [FormulaToken]
    private var index = 0
    /// How many `unary` calls are open.
    private var depth = 0

    private static let comparisons: [String: BinaryOperation] = [
        "<": .less, "<=": .lessOrEqual, ">": .greater, ">=": .greaterOrEqual, "==": .equal, "!=": .notEqual,
    ]

    /// Parses `text` into a syntax tree.
    static func parse(_ text: String) throws(FormulaError) -> FormulaNode {
        let length = text.count
        guard length <= Formula.maximumLength else {
            throw FormulaError(
                column: Formula.maximumLength + 1,
                "the formula is \(length) characters long; the limit is \(Formula.maximumLength)",
                hint: "split it, or define the surface with fewer terms")
        }
        var parser = FormulaParser(tokens: try FormulaTokenizer.tokenize(text))
        if case .end = parser.current.kind {
            throw FormulaError(column: 1, "the formula is empty")
        }
        let node = try parser.comparison()
        if case .end = parser.current.kind { return node }
        if case .symbol(")") = parser.current.kind {
            throw FormulaError(column: parser.current.column, "unmatched ')'")
        }
        throw FormulaError(column: parser.current.column, "expected an operator before '\(parser.current.spelling)'")
    }

    private init(tokens: [FormulaToken]) {
        self.tokens = tokens
    }

    private var current: FormulaToken { tokens[index] }

    private mutating func advance() { if index < tokens.count - 1 { index += 1 } }

    /// Consumes the symbol `s` if it is next.
    private mutating func accept(_ s: String) -> Bool {
        guard case .symbol(s) = current.kind else { return false }
        advance()
        return true
    }

    private mutating func expect(_ s: String) throws(FormulaError) {
        guard accept(s) else {
            throw FormulaError(column: current.column, "expected '\(s)'", hint: "found \(describe(current))")
        }
    }

    private mutating func comparison() throws(FormulaError) -> FormulaNode {
        let first = try additive()
        var links: [FormulaLink] = []
        while case .symbol(let s) = current.kind, let op = Self.comparisons[s] {
            advance()
            links.append(FormulaLink(operation: op, operand: try additive()))
        }
        return Self.chain(first, links)
    }

    /// `first` alone, `first op t` as a plain binary node, or a chain.
    private static func chain(_ first: FormulaNode, _ links: [FormulaLink]) -> FormulaNode {
        switch links.count {
        case 0: return first
        case 1: return .binary(links[0].operation, first, links[0].operand)
        default: return .chain(first, links)
        }
    }

    private mutating func additive() throws(FormulaError) -> FormulaNode {
        let first = try multiplicative()
        var links: [FormulaLink] = []
        while true {
            if accept("+") {
                links.append(FormulaLink(operation: .add, operand: try multiplicative()))
            } else if accept("-") {
                links.append(FormulaLink(operation: .subtract, operand: try multiplicative()))
            } else {
                return Self.chain(first, links)
            }
        }
    }

    private mutating func multiplicative() throws(FormulaError) -> FormulaNode {
        let first = try unary()
        var links: [FormulaLink] = []
        while true {
            if accept("*") {
                links.append(FormulaLink(operation: .multiply, operand: try unary()))
            } else if accept("/") {
                links.append(FormulaLink(operation: .divide, operand: try unary()))
            } else {
                return Self.chain(first, links)
            }
        }
    }

    private mutating func unary() throws(FormulaError) -> FormulaNode {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Formula.maximumDepth else {
            throw FormulaError(
                column: current.column, "the formula nests deeper than \(Formula.maximumDepth) levels",
                hint: "parentheses, calls, signs and powers each count one level")
        }
        if accept("-") { return .unary(.negate, try unary()) }
        if accept("+") { return try unary() }
        return try power()
    }

    private mutating func power() throws(FormulaError) -> FormulaNode {
        let base = try primary()
        if accept("^") { return .binary(.power, base, try unary()) }
        return base
    }

    private mutating func primary() throws(FormulaError) -> FormulaNode {
        let token = current
        switch token.kind {
        case .number(let v):
            advance()
            return .number(v)
        case .name(let name):
            advance()
            guard accept("(") else {
                if FormulaFunction(rawValue: name) != nil {
                    throw FormulaError(column: current.column, "expected '(' after function '\(name)'")
                }
                return .name(name, column: token.column)
            }
            return try call(name, at: token.column)
        case .symbol("("):
            advance()
            let node = try comparison()
            try expect(")")
            return node
        default:
            throw FormulaError(column: token.column, "expected a number, a name or '('", hint: "found \(describe(token))")
        }
    }

    /// A function call; the name and `(` have been consumed.
    private mutating func call(_ name: String, at column: Int) throws(FormulaError) -> FormulaNode {
        guard let function = FormulaFunction(rawValue: name) else {
            let hint = Suggestion.closest(to: name, among: FormulaFunction.allCases.map(\.rawValue)).map { "did you mean '\($0)'?" }
            throw FormulaError(column: column, "unknown function '\(name)'", hint: hint)
        }
        var arguments = [try comparison()]
        while accept(",") { arguments.append(try comparison()) }
        try expect(")")
        guard arguments.count == function.arity else {
            let plural = function.arity == 1 ? "argument" : "arguments"
            throw FormulaError(column: column, "'\(name)' takes \(function.arity) \(plural), not \(arguments.count)")
        }
        switch function {
        case .sin: return .unary(.sin, arguments[0])
        case .cos: return .unary(.cos, arguments[0])
        case .tan: return .unary(.tan, arguments[0])
        case .exp: return .unary(.exp, arguments[0])
        case .log: return .unary(.log, arguments[0])
        case .sqrt: return .unary(.sqrt, arguments[0])
        case .abs: return .unary(.abs, arguments[0])
        case .tanh: return .unary(.tanh, arguments[0])
        case .floor: return .unary(.floor, arguments[0])
        case .min: return .binary(.min, arguments[0], arguments[1])
        case .max: return .binary(.max, arguments[0], arguments[1])
        case .if: return .select(arguments[0], arguments[1], arguments[2])
        }
    }

    private func describe(_ token: FormulaToken) -> String {
        if case .end = token.kind { return "the end of the formula" }
        return "'\(token.spelling)'"
    }
}
