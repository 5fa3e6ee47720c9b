/// A scalar field prepared for marching squares: at least 2 x 2 samples, every one finite.
///
/// Non-finite samples cannot be interpolated, so they are replaced: NaN and +infinity by a value
/// above the largest finite sample (they lie outside every region `f <= level`), -infinity by a
/// value below the smallest. The extremes of the finite samples are kept for choosing levels.
public struct ContourGrid: Sendable {
    /// Samples along x.
    public let columns: Int
    /// Samples along y.
    public let rows: Int
    /// `values[row * columns + column]`, all finite.
    public let values: [Double]
    /// The smallest finite sample.
    public let minimum: Double
    /// The largest finite sample.
    public let maximum: Double

    /// Prepares `field`; nil when it is not a grid of at least 2 x 2 or has no finite sample.
    public init?(_ field: ScalarField) {
        guard field.isContourable else { return nil }
        var lo = Double.infinity, hi = -Double.infinity
        for v in field.values where v.isFinite {
            lo = min(lo, v)
            hi = max(hi, v)
        }
        guard lo <= hi else { return nil }
        let pad = max(hi - lo, max(abs(hi), 1) * 1e-9)
        let above = hi + pad, below = lo - pad
        columns = field.columns
        rows = field.rows
        values = field.values.map { $0.isFinite ? $0 : ($0 == -.infinity ? below : above) }
        minimum = lo
        maximum = hi
    }

    /// The point on the grid edge from sample `a` (value `va`) to sample `b` (value `vb`), in
    /// fractional grid units from `a`, where the linear interpolant equals `level`:
    /// `t = (level - va) / (vb - va)`.
    ///
    /// Every edge is always interpolated from its lower-index end, so the two cells sharing an edge
    /// compute bit-identical points and their polygons meet without gaps.
    @inline(__always)
    static func crossing(_ level: Double, _ va: Double, _ vb: Double) -> Double {
        (level - va) / (vb - va)
    }
}
