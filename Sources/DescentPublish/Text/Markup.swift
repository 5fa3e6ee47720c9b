/// Escaping of plain text for Pango markup and HTML, which share the same five special characters.
enum Markup {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by entities, safe inside markup and HTML
    /// text or attribute values.
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
