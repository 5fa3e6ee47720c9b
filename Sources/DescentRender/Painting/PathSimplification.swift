import CDescentCairo
import DescentScene

/// Simplifies the polylines of paths to the resolution of the surface they are drawn on, once per path.
///
/// The tolerance is in device units: a quarter pixel on a raster, and 0.1 pt in SVG and PDF (a
/// quarter pixel at 250 % zoom; matplotlib's default `path.simplify_threshold` is 1/9 pixel). It
/// is divided by the current transformation's largest stretch (its largest singular value), so
/// that no point moves by more than the tolerance on the device whatever group transform or PNG
/// scale is in force. Only the painter knows that transform, which is why simplification happens here
/// and not when the scene is built: the same scene is painted as a 2x PNG, as SVG, and scaled
/// down into the handout, and stays exact for tests and for every other use.
///
/// A path stroked twice (a trajectory's casing, then its colored line, share one `Path`) is
/// simplified once: the last result is kept and reused while the same path comes back at the same
/// tolerance (comparing arrays that share storage costs nothing).
final class PathSimplification {
    /// Largest distance a raster's simplified path may move from the original, in pixels.
    static let rasterTolerance = 0.25
    /// Largest distance a vector document's simplified path may move from the original, in points.
    static let vectorTolerance = 0.1
    /// Paths with fewer commands than this are drawn as they are (nothing to gain).
    static let minimumCount = 8

    private var last: (path: Path, tolerance: Double, simplified: Path)?

    /// `path` simplified for the current transformation of `cr`.
    func simplified(_ path: Path, on cr: OpaquePointer) -> Path {
        guard path.elements.count >= Self.minimumCount else { return path }
        let raster = cairo_surface_get_type(cairo_get_target(cr)) == CAIRO_SURFACE_TYPE_IMAGE
        let device = raster ? Self.rasterTolerance : Self.vectorTolerance
        var m = cairo_matrix_t()
        cairo_get_matrix(cr, &m)
        let stretch = Self.largestSingularValue(m.xx, m.xy, m.yx, m.yy)
        guard stretch.isFinite, stretch > 0 else { return path }
        let tolerance = device / stretch
        if let last, last.tolerance == tolerance, last.path == path { return last.simplified }
        let simplified = PolylineSimplifier.simplify(path, tolerance: tolerance)
        last = (path, tolerance, simplified)
        return simplified
    }

    /// Largest singular value of the matrix `[[a, b], [c, d]]`:
    /// `σ² = (S + √(S² − 4 det²)) / 2` with `S = a² + b² + c² + d²` and `det = ad − bc`.
    static func largestSingularValue(_ a: Double, _ b: Double, _ c: Double, _ d: Double) -> Double {
        let s = a * a + b * b + c * c + d * d
        let det = a * d - b * c
        return ((s + (max(0, s * s - 4 * det * det)).squareRoot()) / 2).squareRoot()
    }
}
