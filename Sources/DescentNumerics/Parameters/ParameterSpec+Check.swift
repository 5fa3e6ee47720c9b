extension ParameterSpec {
    /// A message when `value` does not fit this parameter's type or range, else nil.
    public func check(_ value: ParameterValue) -> String? {
        switch (kind, value) {
        case (.number, .number(let v)):
            return checkRange(v)
        case (.integer, .number(let v)):
            guard v.rounded() == v else { return "'\(name)' must be a whole number, not \(v.formatted17)" }
            return checkRange(v)
        case (.boolean, .boolean):
            return nil
        case (.choice(let options), .text(let word)):
            if options.contains(word) { return nil }
            let hint = Suggestion.closest(to: word, among: options).map { "; did you mean '\($0)'?" } ?? ""
            return "'\(name)' must be one of \(options.map { "'\($0)'" }.joined(separator: ", ")), not '\(word)'\(hint)"
        case (.numbers(let count), .list(let items)):
            if let count, items.count != count { return "'\(name)' must be a list of \(count) numbers, not \(items.count)" }
            for item in items {
                guard case .number(let v) = item else { return "'\(name)' must be a list of numbers, not '\(value)'" }
                if let problem = checkRange(v) { return problem }
            }
            return nil
        case (.numbers(let count), .number(let v)) where count == nil || count == 1:
            return checkRange(v)
        case (.countOrNumbers, .number(let v)):
            guard v.rounded() == v else { return "'\(name)' must be a whole number (a count) or a list of numbers, not \(v.formatted17)" }
            return checkRange(v)
        case (.countOrNumbers, .list(let items)):
            guard !items.isEmpty else { return "'\(name)' must list at least one number" }
            for item in items {
                guard case .number(let v) = item else { return "'\(name)' must be a list of numbers, not '\(value)'" }
                guard v.isFinite else { return "'\(name)' must list finite numbers, not \(v)" }
            }
            return nil
        // A number is text too where a formula is expected (`lr_lambda: 0.95`).
        case (.text, .text), (.text, .number), (.texts, .text):
            return nil
        case (.texts, .list(let items)):
            for item in items {
                guard case .text = item else { return "'\(name)' must be a list of words, not '\(value)'" }
            }
            return nil
        default:
            return "'\(name)' must be \(kindDescription), not '\(value)'"
        }
    }

    /// The type in words, for messages and `descent list`.
    public var kindDescription: String {
        switch kind {
        case .number: return "a number"
        case .integer: return "a whole number"
        case .boolean: return "true or false"
        case .choice(let options): return "one of " + options.joined(separator: ", ")
        case .numbers(let count): return count.map { "a list of \($0) numbers" } ?? "a list of numbers"
        case .text: return "text"
        case .texts: return "a list of words"
        case .countOrNumbers: return "a whole number or a list of numbers"
        }
    }

    private func checkRange(_ v: Double) -> String? {
        guard v.isFinite else { return "'\(name)' must be a finite number, not \(v)" }
        guard let range, !range.contains(v) else { return nil }
        return "'\(name)' must be in \(range.lowerBound.formatted17)...\(range.upperBound.formatted17), not \(v.formatted17)"
    }
}
