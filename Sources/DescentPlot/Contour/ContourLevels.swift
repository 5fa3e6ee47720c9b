import Foundation

/// The contour levels of a field, resolved from a `ContourPanel.Levels` request.
public struct ContourLevels: Sendable, Hashable {
    /// Increasing levels strictly inside the field's range of finite values.
    public var values: [Double]
    /// True when the levels are evenly spaced in `log(f - min)`.
    public var isLogarithmic: Bool

    /// Creates resolved levels.
    public init(values: [Double], isLogarithmic: Bool) {
        self.values = values
        self.isLogarithmic = isLogarithmic
    }

    /// The max-over-median ratio above which `.automatic` picks logarithmic spacing.
    ///
    /// With `m` the minimum, the field is "deep" when `(max - m) / median(f - m) > 6`. Quadratic
    /// bowls and saddles stay below 4 on any box around their center (for `x^2 + 20 y^2` on
    /// [-3, 3] x [-2, 2] the ratio is 3.8); Rosenbrock on [-2, 2] x [-1, 3] gives 17, Himmelblau on
    /// [-5, 5]^2 gives 7.9, Beale 460.
    public static let logarithmicRatio = 6.0

    /// Resolves `request` for `grid`.
    ///
    /// - Linear, `n` levels: `L_i = m + (M - m) i / (n + 1)`, `i = 1...n`.
    /// - Logarithmic, `n` levels: `L_i = m + lo (span / lo)^((i - 1) / n)`, `i = 1...n`, with
    ///   `span = M - m` and `lo` the 1% quantile of `f - m` (at least `span * 1e-6`), so the first
    ///   level hugs the valley floor and the last stays below the maximum.
    public static func resolve(_ request: ContourPanel.Levels, for grid: ContourGrid) -> ContourLevels {
        let m = grid.minimum, span = grid.maximum - grid.minimum
        guard span > 0 else { return ContourLevels(values: [], isLogarithmic: false) }
        switch request {
        case .linear(let count):
            return ContourLevels(values: linear(minimum: m, span: span, count: count), isLogarithmic: false)
        case .logarithmic(let count):
            return ContourLevels(values: logarithmic(minimum: m, span: span, floor: lowQuantile(grid), count: count), isLogarithmic: true)
        case .automatic(let count):
            var heights = heights(grid)
            let median = heights.isEmpty ? span : OrderStatistic.select(heights.count / 2, in: &heights)
            if median > 0, span / median <= logarithmicRatio {
                return ContourLevels(values: linear(minimum: m, span: span, count: count), isLogarithmic: false)
            }
            let floor = heights.isEmpty ? 0 : OrderStatistic.select(heights.count / 100, in: &heights)
            return ContourLevels(values: logarithmic(minimum: m, span: span, floor: floor, count: count), isLogarithmic: true)
        case .explicit(let levels):
            let inside = Set(levels.filter { $0.isFinite && $0 >= m && $0 < grid.maximum }).sorted()
            return ContourLevels(values: inside, isLogarithmic: false)
        }
    }

    /// `count` levels evenly spaced strictly between `minimum` and `minimum + span`.
    static func linear(minimum: Double, span: Double, count: Int) -> [Double] {
        let n = max(0, min(count, 500))
        return (0..<n).map { minimum + span * Double($0 + 1) / Double(n + 1) }
    }

    /// `count` levels evenly spaced in `log(f - minimum)` from `floor` (raised to at least
    /// `span * 1e-6`) to one step below `span`.
    static func logarithmic(minimum: Double, span: Double, floor: Double, count: Int) -> [Double] {
        let n = max(0, min(count, 500))
        let lo = Swift.min(Swift.max(floor, span * 1e-6), span * 0.5)
        let ratio = log(span / lo)
        return (0..<n).map { minimum + lo * exp(ratio * Double($0) / Double(n)) }
    }

    /// The heights `f - min` of the finite samples, in grid order.
    private static func heights(_ grid: ContourGrid) -> [Double] {
        grid.values.compactMap { v in v >= grid.minimum && v <= grid.maximum ? v - grid.minimum : nil }
    }

    /// The 1% quantile of the heights (the value a sort puts at `count / 100`).
    private static func lowQuantile(_ grid: ContourGrid) -> Double {
        var heights = heights(grid)
        return heights.isEmpty ? 0 : OrderStatistic.select(heights.count / 100, in: &heights)
    }
}
