/// Typed access to the parameters given for one optimizer, schedule or surface.
///
/// The catalog has already rejected unknown keys and out-of-range numbers; the reader converts
/// values to Swift types and applies defaults.
public struct ParameterReader: Sendable {
    /// The values as given, by key.
    public let values: [String: ParameterValue]
    /// Facts about the run.
    public let context: BuildContext

    /// Creates a reader.
    public init(values: [String: ParameterValue], context: BuildContext = BuildContext()) {
        self.values = values
        self.context = context
    }

    /// True when the key was given.
    public func has(_ key: String) -> Bool { values[key] != nil }

    /// A number, or `fallback` when absent.
    public func number(_ key: String, default fallback: Double) throws(ParameterError) -> Double {
        try optionalNumber(key) ?? fallback
    }

    /// A number, or nil when absent.
    public func optionalNumber(_ key: String) throws(ParameterError) -> Double? {
        switch values[key] {
        case nil: return nil
        case .number(let v): return v
        case .some(let other): throw Self.wrongType(key, expected: "a number", got: other)
        }
    }

    /// A whole number, or `fallback` when absent.
    public func integer(_ key: String, default fallback: Int) throws(ParameterError) -> Int {
        try optionalInteger(key) ?? fallback
    }

    /// A whole number, or nil when absent.
    public func optionalInteger(_ key: String) throws(ParameterError) -> Int? {
        guard let v = try optionalNumber(key) else { return nil }
        guard v.rounded() == v, abs(v) < 1e15 else {
            throw ParameterError(.invalidValue, key: key, message: "'\(key)' must be a whole number, not \(v.formatted17)")
        }
        return Int(v)
    }

    /// A boolean, or `fallback` when absent.
    public func boolean(_ key: String, default fallback: Bool) throws(ParameterError) -> Bool {
        switch values[key] {
        case nil: return fallback
        case .boolean(let b): return b
        case .some(let other): throw Self.wrongType(key, expected: "true or false", got: other)
        }
    }

    /// A word or formula, or `fallback` when absent.
    public func text(_ key: String, default fallback: String) throws(ParameterError) -> String {
        try optionalText(key) ?? fallback
    }

    /// A word or formula, or nil when absent.
    public func optionalText(_ key: String) throws(ParameterError) -> String? {
        switch values[key] {
        case nil: return nil
        case .text(let s): return s
        case .number(let v): return v.formatted17
        case .some(let other): throw Self.wrongType(key, expected: "text", got: other)
        }
    }

    /// A list of words (a single word counts as a list of one), or `fallback` when absent.
    public func texts(_ key: String, default fallback: [String]) throws(ParameterError) -> [String] {
        switch values[key] {
        case nil: return fallback
        case .text(let s): return [s]
        case .list(let items):
            var result: [String] = []
            for item in items {
                guard case .text(let s) = item else { throw Self.wrongType(key, expected: "a list of words", got: .list(items)) }
                result.append(s)
            }
            return result
        case .some(let other): throw Self.wrongType(key, expected: "a list of words", got: other)
        }
    }

    /// A list of numbers (a single number counts as a list of one), or `fallback` when absent.
    public func numbers(_ key: String, default fallback: [Double]) throws(ParameterError) -> [Double] {
        switch values[key] {
        case nil: return fallback
        case .number(let v): return [v]
        case .list(let items):
            var result: [Double] = []
            for item in items {
                guard case .number(let v) = item else { throw Self.wrongType(key, expected: "a list of numbers", got: .list(items)) }
                result.append(v)
            }
            return result
        case .some(let other): throw Self.wrongType(key, expected: "a list of numbers", got: other)
        }
    }

    /// A required value is missing.
    public func missing(_ key: String, _ hint: String) -> ParameterError {
        ParameterError(.missingParameter, key: key, message: "'\(key)' is required: \(hint)")
    }

    /// A value outside what the rule accepts.
    public func invalid(_ key: String, _ message: String) -> ParameterError {
        ParameterError(.invalidValue, key: key, message: message)
    }

    private static func wrongType(_ key: String, expected: String, got: ParameterValue) -> ParameterError {
        ParameterError(.invalidValue, key: key, message: "'\(key)' must be \(expected), not '\(got)'")
    }
}
