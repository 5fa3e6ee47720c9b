import DescentNumerics
import Yams

/// Reads one lesson file's YAML nodes into a `Lesson`, collecting every problem on the way.
///
/// Each part of the file is read by its own extension (`+Surface`, `+Runs`, `+Figures`,
/// `+Output`); this file holds the bookkeeping they share.
struct LessonReader {
    /// The file name diagnostics carry.
    let file: String
    /// Where names are looked up.
    let catalogs: LessonCatalogs
    /// Every problem found so far, possibly with repeats (sweeps read shared keys once per run).
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, catalogs: LessonCatalogs) {
        self.file = file
        self.catalogs = catalogs
    }

    /// The problems found, without repeats, sorted by position.
    var uniqueDiagnostics: [Diagnostic] { Array(Set(diagnostics)).sorted() }

    /// True when an error (not just a warning) was found.
    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    // MARK: Reporting

    mutating func error(_ message: String, at node: Node) {
        report(message, at: node, severity: .error)
    }

    mutating func warning(_ message: String, at node: Node) {
        report(message, at: node, severity: .warning)
    }

    mutating func report(_ message: String, at node: Node, severity: Diagnostic.Severity) {
        let mark = node.mark
        diagnostics.append(Diagnostic(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, severity: severity, message: message))
    }

    mutating func error(_ message: String, line: Int, column: Int) {
        diagnostics.append(Diagnostic(file: file, line: line, column: column, message: message))
    }

    // MARK: Maps

    /// A key of a map with its value.
    struct Entry {
        let key: String
        let keyNode: Node
        let value: Node
    }

    /// The entries of a map, or nil (and an error) when `node` is not one.
    mutating func entries(_ node: Node, _ what: String) -> [Entry]? {
        guard case .mapping(let mapping) = node else {
            error("\(what) must be a map of keys and values, not \(Self.describe(node))", at: node)
            return nil
        }
        var result: [Entry] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                error("keys must be words, not \(Self.describe(key))", at: key)
                continue
            }
            result.append(Entry(key: scalar.string, keyNode: key, value: value))
        }
        return result
    }

    /// The most unknown keys of one map reported one by one; the rest are counted in one line.
    static let unknownKeysReported = 100

    /// Reports every key not in `allowed`, with the closest allowed key as a suggestion (the first
    /// `unknownKeysReported` of them; then one diagnostic counts the others).
    mutating func rejectUnknownKeys(_ entries: [Entry], allowed: [String], in context: String) {
        let unknown = entries.filter { !allowed.contains($0.key) }
        for entry in unknown.prefix(Self.unknownKeysReported) {
            error(Self.unknownKey(entry.key, among: allowed, in: context), at: entry.keyNode)
        }
        if unknown.count > Self.unknownKeysReported, let next = unknown.dropFirst(Self.unknownKeysReported).first {
            error("\(unknown.count - Self.unknownKeysReported) more unknown keys in \(context), from here on", at: next.keyNode)
        }
    }

    /// `unknown key 'stpes'; did you mean 'steps'?`, or the list of keys when none is close.
    static func unknownKey(_ key: String, among allowed: [String], in context: String) -> String {
        if let close = Suggestion.closest(to: key, among: allowed) {
            return "unknown key '\(key)'; did you mean '\(close)'?"
        }
        return "unknown key '\(key)' in \(context); it takes \(allowed.map { "'\($0)'" }.joined(separator: ", "))"
    }

    // MARK: Scalars

    /// A scalar as the lesson format reads it: quoted scalars are always text; plain `true` and
    /// `false` are booleans; plain `null`, `~` and nothing are null; plain numbers (`1e-4`
    /// included, which YAML 1.1 would read as text) are numbers.
    enum Scalar {
        case number(Double)
        case boolean(Bool)
        case text(String)
        case null
    }

    /// The scalar's value, or nil when `node` is a list or map.
    static func scalar(_ node: Node) -> Scalar? {
        guard case .scalar(let scalar) = node else { return nil }
        let text = scalar.string
        switch scalar.style {
        case .singleQuoted, .doubleQuoted, .literal, .folded:
            return .text(text)
        case .any, .plain:
            break
        }
        switch text.lowercased() {
        case "true": return .boolean(true)
        case "false": return .boolean(false)
        case "", "~", "null": return .null
        default: break
        }
        if let number = Double(text), number.isFinite, text.first.map({ $0.isNumber || "+-.".contains($0) }) == true {
            return .number(number)
        }
        return .text(text)
    }

    /// The node as a message quotes it: `'ten'`, `a list`, `a map`.
    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return scalar.string.isEmpty ? "nothing" : "'\(scalar.string)'"
        case .sequence: return "a list"
        case .mapping: return "a map"
        case .alias: return "an alias"
        }
    }

    /// A number, or nil (and an error) when the node is not one or is outside `range`.
    mutating func number(_ node: Node, _ key: String, in range: ClosedRange<Double>? = nil) -> Double? {
        guard case .number(let value) = Self.scalar(node) else {
            error("'\(key)' must be a number, not \(Self.describe(node))", at: node)
            return nil
        }
        if let range, !range.contains(value) {
            error("'\(key)' must be in \(range.lowerBound.formatted17)...\(range.upperBound.formatted17), not \(value.formatted17)", at: node)
            return nil
        }
        return value
    }

    /// A number within `spec`'s range, or nil (and an error).
    mutating func number(_ node: Node, _ spec: ParameterSpec) -> Double? {
        number(node, spec.name, in: spec.range)
    }

    /// A whole number within `spec`'s range, or nil (and an error).
    mutating func integer(_ node: Node, _ spec: ParameterSpec) -> Int? {
        let range = spec.range.map { Int($0.lowerBound)...Int($0.upperBound) } ?? Int.min...Int.max
        return integer(node, spec.name, in: range)
    }

    /// A number greater than 0, or nil (and an error).
    mutating func positiveNumber(_ node: Node, _ key: String) -> Double? {
        guard let value = number(node, key) else { return nil }
        guard value > 0 else {
            error("'\(key)' must be a positive number, not \(value.formatted17)", at: node)
            return nil
        }
        return value
    }

    /// A number of at least 0, or nil (and an error).
    mutating func nonNegativeNumber(_ node: Node, _ key: String) -> Double? {
        guard let value = number(node, key) else { return nil }
        guard value >= 0 else {
            error("'\(key)' must be 0 or more, not \(value.formatted17)", at: node)
            return nil
        }
        return value
    }

    /// A whole number in `range`, or nil (and an error).
    mutating func integer(_ node: Node, _ key: String, in range: ClosedRange<Int>) -> Int? {
        guard case .number(let value) = Self.scalar(node), value.rounded() == value, abs(value) < 1e15 else {
            error("'\(key)' must be a whole number, not \(Self.describe(node))", at: node)
            return nil
        }
        guard value >= Double(range.lowerBound), value <= Double(range.upperBound) else {
            error("'\(key)' must be in \(range.lowerBound)...\(range.upperBound), not \(Int(value))", at: node)
            return nil
        }
        return Int(value)
    }

    /// A word or sentence, or nil (and an error). Numbers and booleans count as their spelling.
    mutating func string(_ node: Node, _ key: String) -> String? {
        guard case .scalar(let scalar) = node, let value = Self.scalar(node) else {
            error("'\(key)' must be text, not \(Self.describe(node))", at: node)
            return nil
        }
        if case .null = value {
            error("'\(key)' needs a value", at: node)
            return nil
        }
        return scalar.string
    }

    /// `true` or `false`, or nil (and an error).
    mutating func boolean(_ node: Node, _ key: String) -> Bool? {
        guard case .boolean(let value) = Self.scalar(node) else {
            error("'\(key)' must be true or false, not \(Self.describe(node))", at: node)
            return nil
        }
        return value
    }

    /// A word from `choices`, or nil (and an error with the closest choice).
    mutating func choice(_ node: Node, _ key: String, among choices: [String]) -> String? {
        guard let word = string(node, key) else { return nil }
        if choices.contains(word) { return word }
        let hint = Suggestion.closest(to: word, among: choices).map { "; did you mean '\($0)'?" }
            ?? "; it must be one of \(choices.map { "'\($0)'" }.joined(separator: ", "))"
        error("unknown \(key) '\(word)'\(hint)", at: node)
        return nil
    }

    /// Text, or a map from language code to text.
    mutating func text(_ node: Node, _ key: String) -> LocalizedText? {
        guard case .mapping = node else { return string(node, key).map { LocalizedText($0) } }
        guard let entries = entries(node, "'\(key)'") else { return nil }
        var translations: [String: String] = [:]
        for entry in entries {
            guard Self.isLanguageCode(entry.key) else {
                error("'\(entry.key)' is not a language code; '\(key)' takes codes such as 'en' or 'ko'", at: entry.keyNode)
                continue
            }
            if let value = string(entry.value, "\(key).\(entry.key)") { translations[entry.key] = value }
        }
        if entries.isEmpty { error("'\(key)' needs text in at least one language", at: node) }
        return translations.isEmpty ? nil : LocalizedText(translations: translations)
    }

    /// `en`, `ko`, `pt-BR`: two or three lower-case letters, optionally a region.
    static func isLanguageCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let base = parts.first, (2...3).contains(base.count), base.allSatisfy({ $0.isASCII && $0.isLowercase }) else { return false }
        return parts.count == 1 || (parts.count == 2 && (2...4).contains(parts[1].count) && parts[1].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) })
    }

    /// A parameter value for a catalog entry: a number, boolean, text or list of those.
    mutating func parameterValue(_ node: Node, _ key: String) -> ParameterValue? {
        switch node {
        case .sequence(let sequence):
            var items: [ParameterValue] = []
            for item in sequence {
                guard let value = parameterValue(item, key) else { return nil }
                items.append(value)
            }
            return .list(items)
        case .scalar:
            switch Self.scalar(node) {
            case .number(let v): return .number(v)
            case .boolean(let b): return .boolean(b)
            case .text(let s): return .text(s)
            case .null, nil:
                error("'\(key)' needs a value", at: node)
                return nil
            }
        case .mapping, .alias:
            error("'\(key)' must be a number, true or false, text, or a list, not \(Self.describe(node))", at: node)
            return nil
        }
    }

    /// The items of a list, or nil (and an error) when `node` is not one.
    mutating func list(_ node: Node, _ key: String) -> [Node]? {
        guard case .sequence(let sequence) = node else {
            error("'\(key)' must be a list, not \(Self.describe(node))", at: node)
            return nil
        }
        return Array(sequence)
    }

    /// The items of a list, or the node itself as a list of one.
    static func items(_ node: Node) -> [Node] {
        if case .sequence(let sequence) = node { return Array(sequence) }
        return [node]
    }

    /// A point `[x, y]`.
    mutating func point(_ node: Node, _ key: String) -> Vec2? {
        guard case .sequence(let sequence) = node, sequence.count == 2 else {
            error("'\(key)' must be a point [x, y], not \(Self.describe(node))", at: node)
            return nil
        }
        guard let x = number(sequence[0], key), let y = number(sequence[1], key) else { return nil }
        return Vec2(x, y)
    }

    /// One point `[x, y]` or a list of points `[[x, y], ...]`.
    mutating func points(_ node: Node, _ key: String) -> [Vec2]? {
        guard case .sequence(let sequence) = node, let first = sequence.first, case .sequence = first else {
            return point(node, key).map { [$0] }
        }
        var result: [Vec2] = []
        for item in sequence {
            guard let p = point(item, key) else { return nil }
            result.append(p)
        }
        return result
    }

    /// An interval `[min, max]` with `min < max`.
    mutating func interval(_ node: Node, _ key: String) -> ClosedRange<Double>? {
        guard case .sequence(let sequence) = node, sequence.count == 2 else {
            error("'\(key)' must be an interval [min, max], not \(Self.describe(node))", at: node)
            return nil
        }
        guard let low = number(sequence[0], key), let high = number(sequence[1], key) else { return nil }
        guard low < high else {
            error("'\(key)' must be [min, max] with min < max, not [\(low.formatted17), \(high.formatted17)]", at: node)
            return nil
        }
        return low...high
    }

    // MARK: Catalog problems

    /// Reports catalog problems at the value they concern: the parameter's value, else `nameNode`
    /// (unknown names, and required parameters that are missing).
    mutating func report(_ problems: [ParameterError], nameNode: Node, valueNodes: [String: Node]) {
        for problem in problems {
            let node = problem.key.flatMap { valueNodes[$0] } ?? nameNode
            if let column = problem.column, let mark = node.mark {
                // Point inside the value: past its opening quote, if it has one.
                let quoted = node.scalar.map { $0.style == .singleQuoted || $0.style == .doubleQuoted } ?? false
                error(problem.message, line: mark.line, column: mark.column + (quoted ? 1 : 0) + column - 1)
            } else {
                error(problem.message, at: node)
            }
        }
    }

    /// Checks `choice` against `catalog` and builds it once; reports every problem found.
    /// Returns the product, or nil when it cannot be built.
    mutating func build<Product>(
        _ choice: CatalogChoice, in catalog: Catalog<Product>, context: BuildContext, nameNode: Node, valueNodes: [String: Node]
    ) -> Product? {
        let problems = catalog.problems(name: choice.name, values: choice.parameters)
        guard problems.isEmpty else {
            report(problems, nameNode: nameNode, valueNodes: valueNodes)
            return nil
        }
        do {
            return try catalog.build(choice.name, choice.parameters, context: context)
        } catch {
            report([error], nameNode: nameNode, valueNodes: valueNodes)
            return nil
        }
    }
}
