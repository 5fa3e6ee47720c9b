import Foundation

/// `base^t` for the steps `t = 0 ... count - 1` of a run, computed once with `pow` (as PyTorch's
/// `beta ** step` is, in C's `pow`) and shared by every run built from one optimizer, so the
/// thousands of runs of a basins map do not call `pow` twice per step. Values are bit-identical to
/// `pow(base, Double(t))`; steps beyond the table fall back to `pow`.
public struct PowerTable: Sendable {
    /// The base.
    public let base: Double
    private let values: [Double]

    /// The largest table built (steps); longer runs use `pow` past it.
    public static let limit = 1 << 20

    /// The powers of `base` for `t = 0 ... steps`.
    public init(base: Double, steps: Int) {
        self.base = base
        values = (0...min(max(0, steps), Self.limit)).map { pow(base, Double($0)) }
    }

    /// `pow(base, Double(t))`.
    @inline(__always)
    public func power(_ t: Int) -> Double {
        t >= 0 && t < values.count ? values[t] : pow(base, Double(t))
    }

    /// `pow(b, Double(t))`, from the table when `b` is its base (a scheduled beta is not).
    @inline(__always)
    public func power(of b: Double, _ t: Int) -> Double {
        b == base ? power(t) : pow(b, Double(t))
    }
}
