/// A point or vector in the two-parameter plane, `(x, y)`.
///
/// `SIMD2<Double>` gives component-wise arithmetic, so per-parameter update rules read as
/// written: `v = rho * v + g`, `x -= lr * m / (v.squareRoot() + eps)`.
public typealias Vec2 = SIMD2<Double>

extension SIMD2 where Scalar == Double {
    /// Euclidean length, `sqrt(x^2 + y^2)`.
    public var length: Double { (x * x + y * y).squareRoot() }

    /// True when both components are finite (neither NaN nor infinite).
    public var isFinite: Bool { x.isFinite && y.isFinite }
}
