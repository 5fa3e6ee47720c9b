/// A contour map: filled level bands, thin contour lines, marked critical points and paths.
public struct ContourPanel: Sendable {
    /// How contour levels are spaced.
    public enum Levels: Sendable, Hashable {
        /// Choose linear or logarithmic spacing from the field's range (log when it spans
        /// more than about two decades above its minimum).
        case automatic(count: Int)
        /// Evenly spaced levels.
        case linear(count: Int)
        /// Levels evenly spaced in `log(f - min)`.
        case logarithmic(count: Int)
        /// Exactly these levels.
        case explicit([Double])
    }

    /// Panel title, or nil.
    public var title: String?
    /// The sampled surface.
    public var field: ScalarField
    /// Level spacing.
    public var levels: Levels
    /// The colormap of the bands.
    public var colormap: Colormap
    /// Points to mark (minima, saddles, maxima).
    public var markedPoints: [MarkedPoint]
    /// Optimizer paths.
    public var paths: [PathSeries]
    /// Axis labels.
    public var xLabel: String
    /// Axis labels.
    public var yLabel: String

    /// Creates a contour panel.
    public init(title: String? = nil, field: ScalarField, levels: Levels = .automatic(count: 14), colormap: Colormap = .viridis, markedPoints: [MarkedPoint] = [], paths: [PathSeries] = [], xLabel: String = "x", yLabel: String = "y") {
        self.title = title
        self.field = field
        self.levels = levels
        self.colormap = colormap
        self.markedPoints = markedPoints
        self.paths = paths
        self.xLabel = xLabel
        self.yLabel = yLabel
    }
}

/// A point of interest on a contour map.
public struct MarkedPoint: Sendable, Hashable {
    /// What the point is.
    public enum Kind: Sendable, Hashable { case minimum, saddle, maximum }
    /// Data x.
    public var x: Double
    /// Data y.
    public var y: Double
    /// Minimum, saddle or maximum.
    public var kind: Kind
    /// A label shown next to it, or nil.
    public var label: String?

    /// Creates a marked point.
    public init(x: Double, y: Double, kind: Kind, label: String? = nil) {
        self.x = x
        self.y = y
        self.kind = kind
        self.label = label
    }
}

/// One optimizer path on a contour map.
public struct PathSeries: Sendable, Hashable {
    /// Identifies the run across panels.
    public var id: String
    /// Its style.
    public var style: SeriesStyle
    /// The points visited, in data coordinates.
    public var xs: [Double]
    /// The points visited, in data coordinates.
    public var ys: [Double]
    /// The step at which the run diverged, if it did; the path ends with a mark there.
    public var divergedAtStep: Int?

    /// Creates a path series.
    public init(id: String, style: SeriesStyle, xs: [Double], ys: [Double], divergedAtStep: Int? = nil) {
        self.id = id
        self.style = style
        self.xs = xs
        self.ys = ys
        self.divergedAtStep = divergedAtStep
    }
}
