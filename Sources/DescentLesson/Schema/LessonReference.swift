import DescentNumerics

/// The generated parts of `Lessons/README.md`: Markdown tables made from the catalogs, so the
/// documentation says what the loader accepts, with the defaults the catalogs state.
///
/// Each table sits between two HTML comments that name it:
///
/// ```
/// <!-- generated: figure-kinds -->
/// | kind | draws | options |
/// ...
/// <!-- end generated: figure-kinds -->
/// ```
///
/// `updated(_:)` replaces the text between them; a test fails while the shipped README differs
/// (`DESCENT_UPDATE_DOCS=1 swift test --filter LessonReferenceTests` rewrites it).
public enum LessonReference {
    /// The tables by name, in the order they appear.
    public static func tables(catalogs: LessonCatalogs = .standard) -> [(name: String, text: String)] {
        [
            ("lesson-keys", keys(LessonFields.lesson)),
            ("run-keys", keys(LessonFields.run)),
            ("figure-kinds", figureKinds(catalogs.figures)),
            ("figure-options", figureOptions(catalogs.figures)),
            ("output-keys", keys(LessonFields.output)),
            ("claim-keys", keys(LessonFields.claim)),
            ("control-keys", keys(LessonFields.control)),
        ]
    }

    /// `document` with the text of every generated table replaced by the current one. Tables the
    /// document does not mark are left out; the rest of the document is kept as it is.
    public static func updated(_ document: String, catalogs: LessonCatalogs = .standard) -> String {
        var result = document
        for (name, text) in tables(catalogs: catalogs) {
            let begin = "<!-- generated: \(name) -->\n", end = "<!-- end generated: \(name) -->"
            guard let start = result.range(of: begin), let stop = result.range(of: end, range: start.upperBound..<result.endIndex) else { continue }
            result.replaceSubrange(start.upperBound..<stop.lowerBound, with: text)
        }
        return result
    }

    /// One row per key of a map: its value and default.
    static func keys(_ fields: [LessonFields.Field]) -> String {
        var lines = ["| key | value | default |", "|---|---|---|"]
        for field in fields {
            let value = field.spec.map { "\(field.summary): \(self.value($0))" } ?? field.summary
            lines.append("| `\(field.name)` | \(value) | \(field.defaultText ?? "none") |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One row per kind: its name, what it draws and the names of its options.
    public static func figureKinds(_ catalog: Catalog<FigureKind>) -> String {
        var lines = ["| kind | draws | options |", "|---|---|---|"]
        for kind in catalog.kinds {
            let options = kind.arrangesFigures
                ? "`panels` (required)"
                : kind.options.map { "`\($0.name)`" }.joined(separator: ", ")
            lines.append("| `\(kind.name)` | \(kind.summary) | \(options.isEmpty ? "none" : options) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One row per option of every kind: its value, default and meaning.
    public static func figureOptions(_ catalog: Catalog<FigureKind>) -> String {
        var lines = ["| kind | option | value | default | what it does |", "|---|---|---|---|---|"]
        for kind in catalog.kinds {
            for (index, spec) in kind.options.enumerated() {
                let name = index == 0 ? "`\(kind.name)`" : ""
                lines.append("| \(name) | `\(spec.name)` | \(value(spec)) | \(spec.defaultValue.map { "`\(lessonText($0))`" } ?? "none") | \(spec.summary) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The values a spec takes, in words: `a whole number in 2...100`, `viridis, magma or gray`.
    static func value(_ spec: ParameterSpec) -> String {
        let range = spec.range.map { " in \(number($0.lowerBound))...\(number($0.upperBound))" } ?? ""
        switch spec.kind {
        case .number: return "a number\(range)"
        case .integer: return "a whole number\(range)"
        case .boolean: return "`true` or `false`"
        case .choice(let options):
            let words = options.map { "`\($0)`" }
            return words.count > 1 ? words.dropLast().joined(separator: ", ") + " or " + (words.last ?? "") : words.joined()
        case .numbers(let count): return (count.map { "a list of \($0) numbers" } ?? "a list of numbers") + range
        case .text: return "text"
        case .texts: return "a word or a list of words"
        case .countOrNumbers: return "a count\(range), or a list of values"
        }
    }

    /// A value as a lesson writes it: `14`, `true`, `viridis`, `[0.9, 0.999]`.
    static func lessonText(_ value: ParameterValue) -> String {
        switch value {
        case .number(let v): return number(v)
        case .boolean(let b): return String(b)
        case .text(let s): return s
        case .list(let items): return "[" + items.map(lessonText).joined(separator: ", ") + "]"
        }
    }

    /// Whole numbers without `.0`.
    static func number(_ v: Double) -> String {
        v.rounded() == v && abs(v) < 1e18 ? String(Int(v)) : v.formatted17
    }
}
