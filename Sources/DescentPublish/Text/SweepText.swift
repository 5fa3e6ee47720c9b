/// How a settings table writes a sweep in one row.
enum SweepText {
    /// The swept values as a set: all of them up to four (`{0.5, 0.9, 0.99}`), else the first and
    /// the last with the count in `strings`' words (`{0.005 … 0.5}, 12 values`).
    static func values(_ values: [String], strings: PublishStrings) -> String {
        guard let first = values.first, let last = values.last else { return "{}" }
        if values.count <= 4 { return "{" + values.joined(separator: ", ") + "}" }
        return "{\(first) \u{2026} \(last)}, \(strings.valueCount(values.count))"
    }

    /// What the labels of a sweep's runs share: their common beginning up to its last `, `
    /// (`B = 2, η = 0.005`, `B = 2, η = 0.5` -> `B = 2`), or the first and last labels joined by
    /// an ellipsis when they share no such part.
    static func sharedLabel(_ labels: [String]) -> String {
        guard let first = labels.first, let last = labels.last else { return "" }
        var prefix = Substring(first)
        for label in labels.dropFirst() {
            prefix = prefix.prefix(zip(prefix, label).prefix { $0 == $1 }.count)
        }
        if let comma = prefix.range(of: ", ", options: .backwards), comma.lowerBound > prefix.startIndex {
            return String(prefix[..<comma.lowerBound])
        }
        return labels.count == 1 ? first : "\(first) \u{2026} \(last)"
    }
}
