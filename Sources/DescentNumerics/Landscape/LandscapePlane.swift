/// A plane through parameter space, `θ(a, b) = c + a u + b v`: the 2D slice a landscape figure
/// draws, centered on `c` (the trained parameters θ*) and spanned by `u` and `v` (two
/// filter-normalized random directions, or the first two principal components of a path).
public struct LandscapePlane: Sendable, Hashable {
    /// The center `c`, the point `(a, b) = (0, 0)`.
    public var center: [Double]
    /// The first direction `u` (the horizontal axis).
    public var u: [Double]
    /// The second direction `v` (the vertical axis).
    public var v: [Double]

    /// Creates the plane `c + a u + b v`.
    public init(center: [Double], u: [Double], v: [Double]) {
        self.center = center
        self.u = u
        self.v = v
    }

    /// The plane spanned by two directions drawn in turn from `RandomSource(seed: seed)` and
    /// filter-normalized to the weights at `center` (`FilterNormalization`).
    public static func filterNormalized(center: [Double], layout: NetworkLayout, seed: UInt64) -> LandscapePlane {
        var random = RandomSource(seed: seed)
        let u = FilterNormalization.direction(like: center, layout: layout, random: &random)
        let v = FilterNormalization.direction(like: center, layout: layout, random: &random)
        return LandscapePlane(center: center, u: u, v: v)
    }

    /// The plane spanned by the principal axes of `axes`, centered on `center`.
    public static func principal(center: [Double], axes: PrincipalAxes) -> LandscapePlane {
        LandscapePlane(center: center, u: axes.first, v: axes.second)
    }

    /// Writes `c + a u + b v` into `buffer` (resized to the center's length if needed), so a
    /// caller evaluating many points reuses one array.
    public func parameters(a: Double, b: Double, into buffer: inout [Double]) {
        let n = center.count
        if buffer.count != n { buffer = center }
        for i in 0..<n { buffer[i] = center[i] + a * u[i] + b * v[i] }
    }

    /// `c + a u + b v`.
    public func parameters(a: Double, b: Double) -> [Double] {
        var buffer = center
        parameters(a: a, b: b, into: &buffer)
        return buffer
    }

    /// The coordinates `(a, b)` of the point of the plane nearest `point`: the least-squares
    /// solution of `a u + b v ≈ d` with `d = point - c`, from the 2x2 normal equations
    ///
    ///     [u·u  u·v] [a]   [u·d]
    ///     [u·v  v·v] [b] = [v·d]
    ///
    /// (Cramer's rule). For orthonormal axes (principal components) this is `(u·d, v·d)`; random
    /// directions are not orthogonal, so the cross term matters. Parallel or zero directions, or a
    /// non-finite point, give `(nan, nan)`.
    public func coordinates(of point: [Double]) -> (a: Double, b: Double) {
        let d = FlatVector.difference(point, center)
        let uu = FlatVector.dot(u, u), uv = FlatVector.dot(u, v), vv = FlatVector.dot(v, v)
        let ud = FlatVector.dot(u, d), vd = FlatVector.dot(v, d)
        let det = uu * vv - uv * uv
        guard det > 1e-14 * max(uu * vv, .leastNormalMagnitude), det.isFinite else { return (.nan, .nan) }
        return ((vv * ud - uv * vd) / det, (uu * vd - uv * ud) / det)
    }

    /// The coordinates of every point of `path` (see `coordinates(of:)`).
    public func project(_ path: [[Double]]) -> [(a: Double, b: Double)] {
        path.map { coordinates(of: $0) }
    }
}
