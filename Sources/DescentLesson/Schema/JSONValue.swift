/// A JSON document, with object keys kept in the order written, printed deterministically.
indirect enum JSONValue: Sendable, Hashable, ExpressibleByStringLiteral {
    case object([Member])
    case array([JSONValue])
    case string(String)
    case number(Double)
    case bool(Bool)

    /// A key and its value.
    struct Member: Sendable, Hashable {
        let key: String
        let value: JSONValue
    }

    init(stringLiteral value: String) {
        self = .string(value)
    }

    /// An object from `(key, value)` pairs, in order; nil values are left out.
    static func object(_ pairs: KeyValuePairs<String, JSONValue?>) -> JSONValue {
        .object(pairs.compactMap { pair in pair.value.map { Member(key: pair.key, value: $0) } })
    }

    /// An array of strings.
    static func strings(_ items: [String]) -> JSONValue { .array(items.map(JSONValue.string)) }

    /// The document, two spaces per level; arrays of plain values stay on one line.
    func rendered(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent + 1)
        let closing = String(repeating: "  ", count: indent)
        switch self {
        case .object(let members):
            if members.isEmpty { return "{}" }
            let lines = members.map { "\(pad)\(Self.quoted($0.key)): \($0.value.rendered(indent: indent + 1))" }
            return "{\n" + lines.joined(separator: ",\n") + "\n\(closing)}"
        case .array(let items):
            if items.allSatisfy(\.isPlain) { return "[" + items.map { $0.rendered() }.joined(separator: ", ") + "]" }
            return "[\n" + items.map { pad + $0.rendered(indent: indent + 1) }.joined(separator: ",\n") + "\n\(closing)]"
        case .string(let text):
            return Self.quoted(text)
        case .number(let value):
            if value.rounded() == value, abs(value) < 1e15 { return String(Int(value)) }
            return "\(value)"
        case .bool(let flag):
            return flag ? "true" : "false"
        }
    }

    private var isPlain: Bool {
        switch self {
        case .object, .array: return false
        case .string, .number, .bool: return true
        }
    }

    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
