import Testing
@testable import DescentPublish

/// Surface formulas as the handout prints them.
@Suite struct FormulaTextTests {
    @Test(arguments: [
        ("(x^2 + 3*y^2)/2", "(x² + 3·y²)/2"),
        ("x^12 - y^3", "x¹² − y³"),
        ("exp(-x^2)", "exp(−x²)"),
        // Powers that are not whole numbers keep their caret.
        ("x^0.5 + y^(1+x)", "x^0.5 + y^(1+x)"),
        ("x^", "x^"),
    ])
    func pretty(formula: String, shown: String) {
        #expect(FormulaText.pretty(formula) == shown)
    }
}
