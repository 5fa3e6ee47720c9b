/// A surface drawn in 3D: the loss landscape as a shaded, colored mesh in a box, with the runs'
/// paths lying on it.
///
/// The view follows matplotlib's `view_init`: the eye looks at the box's center from the direction
/// `(cos e cos a, cos e sin a, sin e)` (azimuth `a`, elevation `e` in degrees), with `z` up.
/// The default `-60, 30` looks from the front right (large `-y`, some `+x`) and a little from above;
/// azimuth `-90`, elevation `90` is a map view (x to the right, y up the page); azimuth `0`,
/// elevation `90` looks down with y to the right and x down the page.
///
/// Heights: the surface rises linearly from the smallest finite value of the field (on the floor)
/// to its maximum (at the top of the box). A "deep" field (Rosenbrock, Himmelblau, Beale: the
/// maximum stands more than `ContourLevels.logarithmicRatio` times as high above the minimum as the
/// median does) rises linearly only up to its 95th percentile, drawn at 80% of the box height;
/// higher values are squeezed smoothly into the last 20% (see `HeightScale`), so a steep corner
/// neither becomes a spike that flattens the valley nor gets cut off flat. The z ticks cover the
/// linear part. The field is resampled bilinearly on the mesh, whose quads over NaN samples are
/// left out.
///
/// Paths carry only x and y: each point's height is read off the drawn mesh by bilinear
/// interpolation, so the line lies exactly on the surface (lifted by about a line width so it is
/// not hidden by the quad it sits on); hills hide the parts behind them. Dash patterns are not
/// drawn (a path is cut into many short pieces); runs differ by color and end marker.
public struct Surface3DPanel: Sendable {
    /// How mesh colors follow the height.
    public enum ColorScale: Sendable, Hashable {
        /// Logarithmic for deep fields (as defined above), linear otherwise.
        case automatic
        /// Colors follow the drawn height, floor to top of the box.
        case linear
        /// Colors evenly spread over `log(f - min + lo)` up to the maximum, with `lo` the 1%
        /// quantile of `f - min` (at least `1e-6` of the span): shows the shape of a flat valley floor.
        case logarithmic
    }

    /// Panel title, or nil.
    public var title: String?
    /// The sampled surface.
    public var field: ScalarField
    /// The mesh colormap, or nil for the theme's.
    public var colormap: Colormap?
    /// How colors follow the height.
    public var colorScale: ColorScale
    /// Rotation of the view about the vertical axis, in degrees (matplotlib's `azim`).
    public var azimuth: Double
    /// Angle of the view above the x-y plane, in degrees (matplotlib's `elev`), clamped to -90...90.
    public var elevation: Double
    /// Quads along each side of the mesh (the field is resampled bilinearly), clamped to 2...200.
    public var meshSize: Int
    /// Optimizer paths in data x and y.
    public var paths: [PathSeries]
    /// Points to mark (minima, saddles, maxima), placed on the surface.
    public var markedPoints: [MarkedPoint]
    /// The x-axis label.
    public var xLabel: String
    /// The y-axis label.
    public var yLabel: String
    /// The z-axis (height) label.
    public var zLabel: String

    /// Creates a 3D surface panel.
    public init(
        title: String? = nil, field: ScalarField, colormap: Colormap? = nil, colorScale: ColorScale = .automatic,
        azimuth: Double = -60, elevation: Double = 30, meshSize: Int = 40, paths: [PathSeries] = [],
        markedPoints: [MarkedPoint] = [], xLabel: String = "x", yLabel: String = "y", zLabel: String = "f(x, y)"
    ) {
        self.title = title
        self.field = field
        self.colormap = colormap
        self.colorScale = colorScale
        self.azimuth = azimuth
        self.elevation = elevation
        self.meshSize = meshSize
        self.paths = paths
        self.markedPoints = markedPoints
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.zLabel = zLabel
    }
}
