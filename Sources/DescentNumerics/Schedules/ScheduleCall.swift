/// A schedule named with its parameters in call syntax, such as `linear(start_factor=0.1, total_iters=5)`,
/// as `SequentialLR`'s `schedulers` list writes its children.
///
/// Arguments are `key=value` separated by `,` or `;`; a value is a number, `true`/`false`, a word,
/// or a list in brackets (`milestones=[30, 60]`).
public struct ScheduleCall: Sendable, Hashable {
    /// The schedule's name.
    public var name: String
    /// Its parameters.
    public var parameters: [String: ParameterValue]

    /// Creates a call.
    public init(name: String, parameters: [String: ParameterValue] = [:]) {
        self.name = name
        self.parameters = parameters
    }

    /// Parses a list of calls. The items are joined with commas first, so a list that a command
    /// line split at the commas inside parentheses reads the same as one written whole.
    public static func parseList(_ items: [String]) -> Result<[ScheduleCall], CallSyntaxError> {
        var calls: [ScheduleCall] = []
        for piece in split(items.joined(separator: ","), separators: [","]) {
            switch parse(piece) {
            case .success(let call): calls.append(call)
            case .failure(let error): return .failure(error)
            }
        }
        return .success(calls)
    }

    /// Parses one call, `name` or `name(key=value, ...)`.
    public static func parse(_ text: String) -> Result<ScheduleCall, CallSyntaxError> {
        let trimmed = text.trimmed
        guard let open = trimmed.firstIndex(of: "(") else {
            guard !trimmed.isEmpty, !trimmed.contains(")") else { return .failure(CallSyntaxError(text: text, problem: "expected a schedule name")) }
            return .success(ScheduleCall(name: trimmed))
        }
        guard trimmed.hasSuffix(")") else { return .failure(CallSyntaxError(text: text, problem: "missing ')'")) }
        let name = String(trimmed[..<open]).trimmed
        let inside = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
        var parameters: [String: ParameterValue] = [:]
        for argument in split(inside, separators: [",", ";"]) where !argument.trimmed.isEmpty {
            guard let equals = argument.firstIndex(of: "=") else {
                return .failure(CallSyntaxError(text: text, problem: "expected key=value, not '\(argument.trimmed)'"))
            }
            let key = String(argument[..<equals]).trimmed
            parameters[key] = value(String(argument[argument.index(after: equals)...]).trimmed)
        }
        guard !name.isEmpty else { return .failure(CallSyntaxError(text: text, problem: "expected a schedule name before '('")) }
        return .success(ScheduleCall(name: name, parameters: parameters))
    }

    private static func value(_ text: String) -> ParameterValue {
        if text.hasPrefix("["), text.hasSuffix("]") {
            let inside = String(text.dropFirst().dropLast())
            return .list(split(inside, separators: [",", ";"]).filter { !$0.trimmed.isEmpty }.map { value($0.trimmed) })
        }
        let unquoted = text.count >= 2 && (text.hasPrefix("\"") && text.hasSuffix("\"") || text.hasPrefix("'") && text.hasSuffix("'"))
        return unquoted ? .text(String(text.dropFirst().dropLast())) : ParameterValue(commandLine: text)
    }

    /// Splits at separators outside parentheses and brackets.
    private static func split(_ text: String, separators: Set<Character>) -> [String] {
        var parts: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            switch character {
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            default: break
            }
            if depth == 0, separators.contains(character) {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }
}

/// A schedule call that cannot be read.
public struct CallSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text as written.
    public var text: String
    /// What is wrong with it.
    public var problem: String

    public var description: String { "cannot read '\(text.trimmed)': \(problem)" }
}

extension String {
    fileprivate var trimmed: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
