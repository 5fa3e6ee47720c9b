import Yams

/// The numbers a run's label writes, rewritten with a control's new value: a control that sets
/// `runs.good.lr` from 0.3 to 0.5 turns the label `"good, η = 0.3"` into `"good, η = 0.5"` (in
/// every language of the label), so a legend never contradicts the run it names.
///
/// A number of the label is rewritten when it is a whole token (`0.3` in `η = 0.3`, not the
/// `3` of `0.35` or of `β₃`) and its value equals the control's value in the file. Labels that
/// do not write the number (`"linear warm-up, then cosine"`) are left alone, as are labels
/// written across lines.
enum LabelNumbers {
    /// The splices that rewrite, in the label of the run `control` belongs to, each token
    /// equal to the control's file value into `spelling`; none when the control is not a run's
    /// number.
    static func splices(_ control: LessonControl, spelling: String, root: Node, text: TextLines) -> [TextLines.Splice] {
        guard control.arity == 1, control.path.count > 2, control.path[0] == .key("runs"),
              case .mapping(let run)? = LessonEdit.walk(root, Array(control.path.prefix(2))), let label = run["label"] else { return [] }
        let scalars: [Node]
        switch label {
        case .scalar: scalars = [label]
        case .mapping(let languages): scalars = languages.map(\.value)
        default: scalars = []
        }
        return scalars.flatMap { node in
            numberSpans(node, text: text).filter { $0.value == control.value[0] }.map {
                TextLines.Splice(line: $0.line, column: $0.column, length: $0.length, text: spelling)
            }
        }
    }

    /// A number token of a label where the file writes it.
    struct Span {
        var line: Int
        var column: Int
        var length: Int
        var value: Double
    }

    /// The number tokens of the one-line scalar `node` (plain, single- or double-quoted), at
    /// their place in the file.
    static func numberSpans(_ node: Node, text: TextLines) -> [Span] {
        guard case .scalar(let scalar) = node, let mark = node.mark, let row = text.line(mark.line) else { return [] }
        var start = mark.column - 1, end: Int
        switch scalar.style {
        case .plain, .any:
            end = start + scalar.string.unicodeScalars.count
        case .doubleQuoted, .singleQuoted:
            let quote: Unicode.Scalar = scalar.style == .doubleQuoted ? "\"" : "'"
            start += 1
            end = start
            while end < row.count {
                if quote == "\"" && row[end] == "\\" { end += 2; continue }
                if row[end] == quote {
                    if quote == "'" && end + 1 < row.count && row[end + 1] == "'" { end += 2; continue }
                    break
                }
                end += 1
            }
            guard end < row.count else { return [] }   // the closing quote is on another line
        default:
            return []
        }
        guard start >= 0, end <= row.count else { return [] }
        var spans: [Span] = []
        var i = start
        while i < end {
            guard isDigit(row[i]), i == start || !isWordOrNumber(row[i - 1]) else { i += 1; continue }
            var j = i
            while j < end, isDigit(row[j]) { j += 1 }
            if j + 1 < end, row[j] == ".", isDigit(row[j + 1]) {
                j += 1
                while j < end, isDigit(row[j]) { j += 1 }
            }
            if j + 1 < end, row[j] == "e" || row[j] == "E" {
                var k = j + 1
                if k < end, row[k] == "-" || row[k] == "+" { k += 1 }
                if k < end, isDigit(row[k]) {
                    while k < end, isDigit(row[k]) { k += 1 }
                    j = k
                }
            }
            let followed = j < end && (isWordOrNumber(row[j]) || (row[j] == "." && j + 1 < end && isDigit(row[j + 1])))
            var token = String.UnicodeScalarView()
            token.append(contentsOf: row[i..<j])
            if !followed, let value = Double(String(token)) {
                spans.append(Span(line: mark.line, column: i + 1, length: j - i, value: value))
            }
            i = j
            while i < end, isWordOrNumber(row[i]) { i += 1 }
        }
        return spans
    }

    private static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }

    /// Letters (any script, subscripts such as `β₁` too), digits, `.` and `_`: what may not
    /// touch a number token.
    private static func isWordOrNumber(_ c: Unicode.Scalar) -> Bool {
        c == "." || c == "_" || c.properties.isAlphabetic || c.properties.numericType != nil
    }
}
