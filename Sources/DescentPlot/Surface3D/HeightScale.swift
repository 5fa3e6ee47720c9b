import Foundation

/// How field values become heights in the box and positions on the colormap.
///
/// With `m` the smallest finite value, `M` the largest and `k` the knee (`M`, or for a deep field
/// the 95% quantile; see `Surface3DPanel`), the height fraction in 0...1 is
///
///     level(f) = a (f - m) / (k - m)                          for f <= k,
///     level(f) = a + (1 - a) (1 - exp(-(f - k) / s))          for f > k,
///
/// with `a = kneeLevel` (1 when `k = M`) and `s = (1 - a)(k - m) / a`, which makes the slope
/// continuous at the knee: values above the knee are squeezed smoothly toward the top instead of
/// being cut off flat. A flat field sits at one half.
///
/// The color position is `level(f)` on a linear scale, or
/// `log((f - m + lo) / lo) / log((M - m + lo) / lo)` on a logarithmic one, with `lo` the 1%
/// quantile of `f - m` kept within `[1e-6 (M - m), (M - m) / 2]`.
struct HeightScale: Hashable {
    /// The smallest finite value (the floor of the surface).
    let minimum: Double
    /// The end of the linear part of the height scale.
    let knee: Double
    /// The largest finite value.
    let maximum: Double
    /// The height fraction at the knee: 1 when nothing is squeezed.
    let kneeLevel: Double
    /// True when colors follow `log(f - m + lo)`.
    let isLogarithmic: Bool
    /// The offset `lo` of the logarithmic color scale.
    let logOffset: Double

    /// The quantile of a deep field's values at which squeezing starts.
    static let kneeQuantile = 0.95
    /// The height fraction of the knee of a deep field.
    static let deepKneeLevel = 0.8

    /// The scale of `values` (non-finite ones are ignored); nil when none is finite.
    init?(values: [Double], colorScale: Surface3DPanel.ColorScale) {
        let sorted = values.filter(\.isFinite).sorted()
        guard let m = sorted.first, let maximum = sorted.last else { return nil }
        let median = sorted[sorted.count / 2] - m
        let deep = maximum > m && !(median > 0 && (maximum - m) / median <= ContourLevels.logarithmicRatio)
        let q = sorted[Int(Self.kneeQuantile * Double(sorted.count - 1))]
        let squeezed = deep && q > m && q < maximum
        let span = maximum - m
        minimum = m
        self.maximum = maximum
        knee = squeezed ? q : maximum
        kneeLevel = squeezed ? Self.deepKneeLevel : 1
        switch colorScale {
        case .automatic: isLogarithmic = deep
        case .linear: isLogarithmic = false
        case .logarithmic: isLogarithmic = span > 0
        }
        logOffset = min(max(sorted[sorted.count / 100] - m, span * 1e-6), span * 0.5)
    }

    /// The height fraction of `f` in 0...1 (NaN for NaN).
    func level(_ f: Double) -> Double {
        guard !f.isNaN else { return .nan }
        let linear = knee - minimum
        guard linear > 0 else { return 0.5 }
        let d = f - minimum
        guard f > knee else { return max(0, kneeLevel * d / linear) }
        let s = (1 - kneeLevel) * linear / kneeLevel
        return min(1, kneeLevel + (1 - kneeLevel) * (1 - exp(-(f - knee) / s)))
    }

    /// The colormap position of `f` in 0...1 (NaN for NaN).
    func colorPosition(_ f: Double) -> Double {
        guard isLogarithmic, !f.isNaN else { return level(f) }
        let d = max(0, f - minimum)
        return min(1, max(0, log((d + logOffset) / logOffset) / log((maximum - minimum + logOffset) / logOffset)))
    }
}
