/// A 2x2 matrix, used for Hessians `[[f_xx, f_xy], [f_yx, f_yy]]`.
public struct Matrix2: Sendable, Hashable {
    /// Row 0, column 0.
    public var xx: Double
    /// Row 0, column 1.
    public var xy: Double
    /// Row 1, column 0.
    public var yx: Double
    /// Row 1, column 1.
    public var yy: Double

    /// Creates a matrix from its entries, row by row.
    public init(xx: Double, xy: Double, yx: Double, yy: Double) {
        self.xx = xx
        self.xy = xy
        self.yx = yx
        self.yy = yy
    }

    /// A symmetric matrix `[[xx, xy], [xy, yy]]`.
    public init(symmetric xx: Double, _ xy: Double, _ yy: Double) {
        self.init(xx: xx, xy: xy, yx: xy, yy: yy)
    }

    /// The identity matrix.
    public static let identity = Matrix2(xx: 1, xy: 0, yx: 0, yy: 1)

    /// `det = xx*yy - xy*yx`.
    public var determinant: Double { xx * yy - xy * yx }

    /// `trace = xx + yy`.
    public var trace: Double { xx + yy }

    /// The eigenvalues of the symmetric part, smallest first:
    /// `(tr/2) -+ sqrt((tr/2)^2 - det)`.
    public var symmetricEigenvalues: (Double, Double) {
        let a = xx, d = yy, b = 0.5 * (xy + yx)
        let half = 0.5 * (a + d)
        let radius = (0.25 * (a - d) * (a - d) + b * b).squareRoot()
        return (half - radius, half + radius)
    }

    /// The inverse, or nil when the matrix is singular (|det| below `tolerance`).
    public func inverse(tolerance: Double = 1e-300) -> Matrix2? {
        let det = determinant
        guard abs(det) > tolerance, det.isFinite else { return nil }
        return Matrix2(xx: yy / det, xy: -xy / det, yx: -yx / det, yy: xx / det)
    }

    /// Matrix-vector product.
    public static func * (m: Matrix2, v: Vec2) -> Vec2 {
        Vec2(m.xx * v.x + m.xy * v.y, m.yx * v.x + m.yy * v.y)
    }

    /// Entry-wise sum.
    public static func + (a: Matrix2, b: Matrix2) -> Matrix2 {
        Matrix2(xx: a.xx + b.xx, xy: a.xy + b.xy, yx: a.yx + b.yx, yy: a.yy + b.yy)
    }

    /// Scalar multiple.
    public static func * (s: Double, m: Matrix2) -> Matrix2 {
        Matrix2(xx: s * m.xx, xy: s * m.xy, yx: s * m.yx, yy: s * m.yy)
    }
}
