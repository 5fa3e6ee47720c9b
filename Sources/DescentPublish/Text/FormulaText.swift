import DescentPlot
import Foundation

/// A lesson's surface formula as a reader writes it: `(x^2 + 3*y^2)/2` becomes `(x² + 3·y²)/2`.
/// Whole-number powers become superscripts, `*` a middle dot and `-` the minus sign U+2212; any
/// other power (`x^0.5`, `x^(y+1)`) keeps its caret, so nothing is lost.
enum FormulaText {
    static func pretty(_ formula: String) -> String {
        var result = ""
        var index = formula.startIndex
        while index < formula.endIndex {
            let character = formula[index]
            if character == "^" {
                let digits = formula[formula.index(after: index)...].prefix { $0.isASCII && $0.isNumber }
                let end = digits.endIndex
                // A power followed by a decimal point is not a whole number: keep it as written.
                if let n = Int(digits), end == formula.endIndex || formula[end] != "." {
                    result += NumberFormat.superscript(n)
                    index = end
                    continue
                }
            }
            result += character == "*" ? "\u{00B7}" : character == "-" ? "\u{2212}" : String(character)
            index = formula.index(after: index)
        }
        return result
    }
}
