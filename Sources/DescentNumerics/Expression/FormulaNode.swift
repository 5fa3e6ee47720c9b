/// The syntax tree of a formula, as the parser builds it.
///
/// A run of left-associative operators (`a + b - c + ...`, `a * b / c`, `a < b < c`) is one
/// `.chain` node holding its terms in an array, so the tree is only as deep as the formula's
/// nesting (parentheses, calls, signs, powers), which the parser bounds: a sum of thousands of terms
/// is parsed, checked, compiled and freed without deep recursion.
indirect enum FormulaNode: Sendable, Hashable {
    /// A number literal.
    case number(Double)
    /// A variable or constant, resolved when the formula is compiled; `column` is for messages.
    case name(String, column: Int)
    /// A one-argument operation (unary minus or a function of one argument).
    case unary(UnaryOperation, FormulaNode)
    /// A two-argument operation.
    case binary(BinaryOperation, FormulaNode, FormulaNode)
    /// `first op1 t1 op2 t2 ...`, evaluated left to right: `((first op1 t1) op2 t2) ...`.
    case chain(FormulaNode, [FormulaLink])
    /// `if(condition, then, else)`: `then` when `condition` is not 0.
    case select(FormulaNode, FormulaNode, FormulaNode)
}

/// One step of a `.chain`: the operation and its right operand.
struct FormulaLink: Sendable, Hashable {
    var operation: BinaryOperation
    var operand: FormulaNode
}
