import Foundation

/// A hyper-parameter value as a lesson or the command line states it.
public enum ParameterValue: Sendable, Hashable, CustomStringConvertible {
    /// A number, `0.9`.
    case number(Double)
    /// A boolean, `true`.
    case boolean(Bool)
    /// A word or formula, `triangular2`, `"lr * exp(-1)"`.
    case text(String)
    /// A list, `[0.9, 0.999]`.
    case list([ParameterValue])

    public var description: String {
        switch self {
        case .number(let v): return v.formatted17
        case .boolean(let b): return String(b)
        case .text(let s): return s
        case .list(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
        }
    }

    /// Parses a command-line value: `true`/`false`, a number, a comma-separated list (bare, or
    /// in brackets as a lesson writes it: `[linear, cosine]`), or text. Commas inside parentheses
    /// or brackets do not separate items, so a formula such as `if(epoch < 1, lr, lr * exp(-1))`
    /// stays one text.
    public init(commandLine text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("["), trimmed.hasSuffix("]"), trimmed.count >= 2 {
            let inside = String(trimmed.dropFirst().dropLast())
            let items = Self.topLevelItems(inside).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            self = .list(items.map { ParameterValue(commandLine: $0) })
            return
        }
        let items = Self.topLevelItems(trimmed)
        if items.count > 1 {
            self = .list(items.map { ParameterValue(commandLine: $0) })
        } else if trimmed.lowercased() == "true" {
            self = .boolean(true)
        } else if trimmed.lowercased() == "false" {
            self = .boolean(false)
        } else if let number = Double(trimmed) {
            self = .number(number)
        } else {
            self = .text(trimmed)
        }
    }

    /// `text` split at the commas outside parentheses and brackets.
    private static func topLevelItems(_ text: String) -> [String] {
        var items: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            switch character {
            case "(", "[": depth += 1
            case ")", "]": depth = max(0, depth - 1)
            case "," where depth == 0:
                items.append(current)
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        items.append(current)
        return items
    }
}

extension Double {
    /// The number with 17 significant digits where needed, shortest form otherwise
    /// (`0.1`, `1e-05`, `0.30000000000000004`).
    public var formatted17: String { "\(self)" }
}
