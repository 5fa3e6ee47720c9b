/// "Did you mean" suggestions by edit distance.
public enum Suggestion {
    /// The candidate closest to `word` (case-insensitive edit distance, see `distance`), if it is close
    /// enough to be a likely typo: at most a third of the word's length, and at least 1 allowed.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let target = Array(word.lowercased())
        var best: (String, Int)?
        for candidate in candidates {
            let d = distance(target, Array(candidate.lowercased()))
            if let current = best, current.1 <= d { continue }
            best = (candidate, d)
        }
        guard let best else { return nil }
        let allowed = max(1, target.count / 3)
        let isPrefix = candidates.contains { $0.lowercased().hasPrefix(word.lowercased()) && word.count >= 2 }
        if best.1 <= allowed { return best.0 }
        if isPrefix { return candidates.first { $0.lowercased().hasPrefix(word.lowercased()) } }
        return nil
    }

    /// Edit distance between two character arrays, counting insertions, deletions,
    /// substitutions and swaps of two neighbouring characters as one edit each (optimal string
    /// alignment), so the common typo `stpes` is one edit from `steps`.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
