import Foundation

/// A formula such as `x^2 + 10*y^2 + 0.5*sin(3*x)`, parsed once and compiled to a flat list of
/// instructions, so evaluating it does no string work and no heap allocation.
///
/// The language: numbers, `+ - * / ^` (`^` right-associative, binding tighter than unary minus),
/// parentheses, the functions `sin cos tan exp log sqrt abs tanh floor min max`, comparisons
/// `< <= > >= == !=` (1 for true, 0 for false), `if(condition, then, else)`, the constants `pi` and
/// `e`, named constants given at compile time, and the variables the caller declares.
///
/// Evaluated in `Jet2`, the same instructions give the gradient and Hessian by automatic
/// differentiation. `abs` has subgradient 0 at 0; `floor`, comparisons and `if` conditions have
/// derivative 0, and `min`, `max` and `if` differentiate the branch they take.
public struct Formula: Sendable {
    /// One instruction; instruction `i` writes register `i`.
    enum Instruction: Sendable, Hashable {
        case constant(Double)
        case variable(Int)
        case unary(UnaryOperation, Int)
        case binary(BinaryOperation, Int, Int)
        case select(Int, Int, Int)
    }

    /// Where a compiled sub-formula's value is: known at compile time, or in a register.
    enum Operand: Sendable, Hashable {
        case constant(Double)
        case register(Int)
    }

    /// The longest formula read, in characters. Longer text is refused before it is tokenized.
    public static let maximumLength = 10_000
    /// The deepest nesting read: parentheses, function calls, signs and exponents each open one
    /// level. Flat sums and products of any length up to `maximumLength` are not nested.
    public static let maximumDepth = 256

    /// The text as written.
    public let text: String
    /// The variable names, in the order `evaluate` takes their values.
    public let variables: [String]
    let instructions: [Instruction]
    let result: Operand

    /// Parses and compiles `text`.
    ///
    /// - Parameters:
    ///   - variables: the names whose values are given at each evaluation (`["x", "y"]`).
    ///   - constants: names with fixed values (`["a": 1, "b": 100]`); `pi` and `e` are always known.
    /// - Throws: `FormulaError` with the column of the first problem; also for text longer than
    ///   `maximumLength` or nested deeper than `maximumDepth`.
    public init(_ text: String, variables: [String], constants: [String: Double] = [:]) throws(FormulaError) {
        let tree = try FormulaParser.parse(text)
        var compiler = FormulaCompiler(variables: variables, constants: constants.merging(["pi": Double.pi, "e": M_E]) { own, _ in own })
        try compiler.check(tree)
        let result = compiler.compile(tree)
        self.text = text
        self.variables = variables
        self.instructions = compiler.instructions
        self.result = result
    }

    /// The value for the variables' `values`, in the order of `variables` (missing ones are NaN).
    public func evaluate(_ values: [Double]) -> Double {
        evaluate { $0 < values.count ? values[$0] : .nan }
    }

    /// The value, gradient and Hessian with respect to the first two variables at `(x, y)`.
    public func jet(x: Double, y: Double) -> Jet2 {
        evaluate { $0 == 0 ? Jet2.x(x) : ($0 == 1 ? Jet2.y(y) : Jet2(value: .nan)) }
    }

    /// Runs the instructions in `T`, reading variable `i` from `variable(i)`.
    func evaluate<T: FormulaScalar>(_ variable: (Int) -> T) -> T {
        switch result {
        case .constant(let v):
            return T(constant: v)
        case .register(let out):
            return withUnsafeTemporaryAllocation(of: T.self, capacity: instructions.count) { registers in
                for (i, instruction) in instructions.enumerated() {
                    let value: T
                    switch instruction {
                    case .constant(let c): value = T(constant: c)
                    case .variable(let v): value = variable(v)
                    case .unary(let op, let a): value = T.apply(op, registers[a])
                    case .binary(let op, let a, let b): value = T.apply(op, registers[a], registers[b])
                    case .select(let c, let a, let b): value = registers[c].primal != 0 ? registers[a] : registers[b]
                    }
                    registers.initializeElement(at: i, to: value)
                }
                let value = registers[out]
                _ = registers.deinitialize()
                return value
            }
        }
    }
}
