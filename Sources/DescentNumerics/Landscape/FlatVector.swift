/// The few operations the landscape code needs on flat parameter vectors (`[Double]`, one entry
/// per network parameter). Lengths are the caller's to match; the shorter length is used.
enum FlatVector {
    /// `Σ_i a_i b_i`.
    static func dot(_ a: [Double], _ b: [Double]) -> Double {
        var sum = 0.0
        for i in 0..<min(a.count, b.count) { sum += a[i] * b[i] }
        return sum
    }

    /// The Euclidean norm `sqrt(Σ_i a_i^2)`.
    static func norm(_ a: [Double]) -> Double { dot(a, a).squareRoot() }

    /// `a - b`, entry by entry.
    static func difference(_ a: [Double], _ b: [Double]) -> [Double] {
        (0..<min(a.count, b.count)).map { a[$0] - b[$0] }
    }

    /// True when every entry is finite.
    static func isFinite(_ a: [Double]) -> Bool { a.allSatisfy(\.isFinite) }
}
