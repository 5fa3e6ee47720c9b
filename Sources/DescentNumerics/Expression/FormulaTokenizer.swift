/// Splits formula text into tokens: numbers (`2`, `.5`, `1e-3`), names, operators and parentheses.
enum FormulaTokenizer {
    private static let twoCharacterSymbols: Set<String> = ["<=", ">=", "==", "!="]
    private static let oneCharacterSymbols: Set<Character> = ["+", "-", "*", "/", "^", "(", ")", ",", "<", ">"]

    /// The tokens of `text`, ending with an `.end` token.
    static func tokenize(_ text: String) throws(FormulaError) -> [FormulaToken] {
        let chars = Array(text)
        var tokens: [FormulaToken] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            let column = i + 1
            if c.isWhitespace {
                i += 1
            } else if c.isDigit || (c == "." && i + 1 < chars.count && chars[i + 1].isDigit) {
                let start = i
                i = scanNumber(chars, from: i)
                let literal = String(chars[start..<i])
                guard let value = Double(literal) else {
                    throw FormulaError(column: column, "'\(literal)' is not a number")
                }
                tokens.append(FormulaToken(kind: .number(value), column: column))
            } else if c.isLetter || c == "_" {
                let start = i
                while i < chars.count, chars[i].isLetter || chars[i].isDigit || chars[i] == "_" { i += 1 }
                tokens.append(FormulaToken(kind: .name(String(chars[start..<i])), column: column))
            } else if i + 1 < chars.count, twoCharacterSymbols.contains(String([c, chars[i + 1]])) {
                tokens.append(FormulaToken(kind: .symbol(String([c, chars[i + 1]])), column: column))
                i += 2
            } else if oneCharacterSymbols.contains(c) {
                tokens.append(FormulaToken(kind: .symbol(String(c)), column: column))
                i += 1
            } else {
                let hint: String? = c == "=" ? "write '==' to compare" : nil
                throw FormulaError(column: column, "unexpected character '\(c)'", hint: hint)
            }
        }
        tokens.append(FormulaToken(kind: .end, column: chars.count + 1))
        return tokens
    }

    /// The index just after the number starting at `start`: digits, an optional fraction and an
    /// optional exponent (`e` is only an exponent when a digit follows, so `2*e` still works).
    private static func scanNumber(_ chars: [Character], from start: Int) -> Int {
        var i = start
        while i < chars.count, chars[i].isDigit { i += 1 }
        if i < chars.count, chars[i] == "." {
            i += 1
            while i < chars.count, chars[i].isDigit { i += 1 }
        }
        if i < chars.count, chars[i] == "e" || chars[i] == "E" {
            var j = i + 1
            if j < chars.count, chars[j] == "+" || chars[j] == "-" { j += 1 }
            if j < chars.count, chars[j].isDigit {
                i = j
                while i < chars.count, chars[i].isDigit { i += 1 }
            }
        }
        return i
    }
}

extension Character {
    /// True for the ASCII digits `0`-`9`.
    fileprivate var isDigit: Bool { isASCII && isNumber }
}
