/// A list of named things of one kind, looked up by name with PyTorch's spellings accepted.
///
/// Names match case-insensitively and without `_`, `-` or spaces, so `StepLR`, `steplr` and
/// `step_lr` are the same as an alias `StepLR`.
public struct Catalog<Product>: Sendable {
    /// What the things are called in messages (`optimizer`, `schedule`, `surface`).
    public let kind: String
    /// The entries, in the order `descent list` shows them.
    public let entries: [CatalogEntry<Product>]

    /// Creates a catalog.
    public init(kind: String, entries: [CatalogEntry<Product>]) {
        self.kind = kind
        self.entries = entries
    }

    /// The entry called `name` (or one of its aliases), or nil.
    public func entry(named name: String) -> CatalogEntry<Product>? {
        let key = Self.normalized(name)
        return entries.first { entry in
            Self.normalized(entry.name) == key || entry.aliases.contains { Self.normalized($0) == key }
        }
    }

    /// Every spelling a lesson may use.
    public var allNames: [String] { entries.flatMap { [$0.name] + $0.aliases } }

    /// Finds `name`, or throws `unknown <kind> 'x'; did you mean 'y'?`.
    public func lookup(_ name: String) throws(ParameterError) -> CatalogEntry<Product> {
        if let entry = entry(named: name) { return entry }
        let suggestion = Suggestion.closest(to: name, among: entries.map(\.name) + entries.flatMap(\.aliases))
            .map { "; did you mean '\($0)'?" } ?? "; `descent list` shows them all"
        throw ParameterError(.unknownName, key: nil, message: "unknown \(kind) '\(name)'\(suggestion)")
    }

    /// Every problem with `values` for `name`: unknown keys, wrong types and out-of-range values.
    /// Empty when `build` will not fail for those reasons.
    public func problems(name: String, values: [String: ParameterValue]) -> [ParameterError] {
        let entry: CatalogEntry<Product>
        do { entry = try lookup(name) } catch { return [error] }
        var found: [ParameterError] = []
        for (key, value) in values.sorted(by: { $0.key < $1.key }) {
            guard let spec = entry.parameter(key) else {
                let known = entry.parameters.map(\.name)
                let hint = Suggestion.closest(to: key, among: known).map { "; did you mean '\($0)'?" }
                    ?? (known.isEmpty ? "; it takes no parameters" : "; it takes \(known.map { "'\($0)'" }.joined(separator: ", "))")
                found.append(ParameterError(.unknownParameter, key: key, message: "\(kind) '\(entry.name)' has no parameter '\(key)'\(hint)"))
                continue
            }
            if let problem = spec.check(value) {
                found.append(ParameterError(.invalidValue, key: key, message: problem))
            }
        }
        return found
    }

    /// Builds `name` from `values`, after checking them.
    public func build(_ name: String, _ values: [String: ParameterValue] = [:], context: BuildContext = BuildContext()) throws(ParameterError) -> Product {
        let entry = try lookup(name)
        if let first = problems(name: name, values: values).first { throw first }
        return try entry.make(ParameterReader(values: values, context: context))
    }

    static func normalized(_ name: String) -> String {
        String(name.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " })
    }
}
