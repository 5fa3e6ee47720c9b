/// The syntax tree of a formula, as the parser builds it.
indirect enum FormulaNode: Sendable, Hashable {
    /// A number literal.
    case number(Double)
    /// A variable or constant, resolved when the formula is compiled; `column` is for messages.
    case name(String, column: Int)
    /// A one-argument operation (unary minus or a function of one argument).
    case unary(UnaryOperation, FormulaNode)
    /// A two-argument operation.
    case binary(BinaryOperation, FormulaNode, FormulaNode)
    /// `if(condition, then, else)`: `then` when `condition` is not 0.
    case select(FormulaNode, FormulaNode, FormulaNode)
}
