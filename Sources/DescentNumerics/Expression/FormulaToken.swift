/// One token of a formula, with the 1-based column where it starts.
struct FormulaToken: Sendable, Hashable {
    /// The kinds of token.
    enum Kind: Sendable, Hashable {
        case number(Double)
        case name(String)
        /// One of `+ - * / ^ ( ) , < <= > >= == !=`.
        case symbol(String)
        /// The end of the text.
        case end
    }

    /// What the token is.
    var kind: Kind
    /// Where it starts (1-based, in characters).
    var column: Int

    /// The token as the user wrote it, for messages.
    var spelling: String {
        switch kind {
        case .number(let v): return v.formatted17
        case .name(let s), .symbol(let s): return s
        case .end: return "end of formula"
        }
    }
}
