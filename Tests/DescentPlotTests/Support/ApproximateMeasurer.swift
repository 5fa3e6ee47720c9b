import DescentScene

/// A stand-in for Pango in tests: every character is 0.55 em wide, lines are 1.2 em high with the
/// baseline at 0.95 em. Markup tags and entities are stripped before counting.
struct ApproximateMeasurer: TextMeasuring {
    func measure(_ text: String, markup: Bool, style: TextStyle) -> TextExtent {
        let lines = (markup ? Self.stripped(text) : text).split(separator: "\n", omittingEmptySubsequences: false)
        let longest = lines.map(\.count).max() ?? 0
        return TextExtent(width: 0.55 * style.size * Double(longest), height: 1.2 * style.size * Double(lines.count), baseline: 0.95 * style.size)
    }

    /// `text` without `<...>` tags, with each `&...;` entity counted as one character.
    static func stripped(_ text: String) -> String {
        var out = "", inTag = false, inEntity = false
        for c in text {
            switch c {
            case "<": inTag = true
            case ">": inTag = false
            case "&" where !inTag: inEntity = true; out.append("?")
            case ";" where inEntity: inEntity = false
            default: if !inTag && !inEntity { out.append(c) }
            }
        }
        return out
    }
}
