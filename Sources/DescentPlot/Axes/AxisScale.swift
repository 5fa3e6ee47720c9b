import Foundation

/// Maps data values on one axis to device coordinates.
///
/// Linear: `d(v) = start + (v - lo) / (hi - lo) * (end - start)`.
/// Logarithmic: the same with `log10 v`, `log10 lo` and `log10 hi` in place of `v`, `lo` and `hi`;
/// non-positive values map to NaN, which callers skip.
public struct AxisScale: Sendable, Hashable {
    /// How values are spaced.
    public enum Kind: Sendable, Hashable {
        /// Evenly.
        case linear
        /// By powers of ten.
        case logarithmic
    }

    /// Linear or logarithmic.
    public var kind: Kind
    /// The data interval shown (positive for a logarithmic scale).
    public var domain: ClosedRange<Double>
    /// The device coordinate of `domain.lowerBound`.
    public var start: Double
    /// The device coordinate of `domain.upperBound` (smaller than `start` for a y axis).
    public var end: Double

    /// Creates a scale. A domain of zero width is widened so the mapping stays finite.
    public init(kind: Kind, domain: ClosedRange<Double>, start: Double, end: Double) {
        self.kind = kind
        self.domain = AxisScale.widened(domain, kind: kind)
        self.start = start
        self.end = end
    }

    /// `v` in the scale's own spacing: itself, or its decimal logarithm.
    public func transformed(_ v: Double) -> Double {
        switch kind {
        case .linear: return v
        case .logarithmic: return v > 0 ? log10(v) : .nan
        }
    }

    /// The device coordinate of data value `v`.
    public func callAsFunction(_ v: Double) -> Double {
        let lo = transformed(domain.lowerBound), hi = transformed(domain.upperBound)
        return start + (transformed(v) - lo) / (hi - lo) * (end - start)
    }

    /// The data value at device coordinate `d` (the inverse of `callAsFunction`).
    public func value(at d: Double) -> Double {
        let lo = transformed(domain.lowerBound), hi = transformed(domain.upperBound)
        let t = lo + (d - start) / (end - start) * (hi - lo)
        return kind == .linear ? t : pow(10, t)
    }

    /// `domain` made usable: non-finite bounds replaced, zero width widened around its value,
    /// and for a logarithmic scale non-positive bounds lifted.
    static func widened(_ domain: ClosedRange<Double>, kind: Kind) -> ClosedRange<Double> {
        var lo = domain.lowerBound, hi = domain.upperBound
        switch kind {
        case .linear:
            let finite = [lo, hi].filter(\.isFinite)
            if finite.count < 2 { (lo, hi) = (finite.first ?? 0, finite.first ?? 0) }
            if hi - lo <= Swift.max(abs(lo), abs(hi)) * 1e-12 {
                let half = lo == 0 ? 0.5 : abs(lo) * 0.1
                (lo, hi) = (lo - half, hi + half)
            }
        case .logarithmic:
            if !(hi > 0) || !hi.isFinite { hi = lo > 0 && lo.isFinite ? lo * 10 : 10 }
            if !(lo > 0) || !lo.isFinite { lo = hi / 1000 }
            if hi / lo < 1 + 1e-12 { (lo, hi) = (lo / sqrt(10), hi * sqrt(10)) }
        }
        return lo...hi
    }
}
