/// The surface as a color image with a colorbar, and its critical points.
public struct HeatmapPanel: Sendable {
    /// Panel title (Pango markup), or nil.
    public var title: String?
    /// The sampled surface; one image pixel per sample.
    public var field: ScalarField
    /// How values map to colors.
    public var scale: ColorScale
    /// The colormap, or nil for the theme's.
    public var colormap: Colormap?
    /// Points to mark (minima, saddles, maxima).
    public var markedPoints: [MarkedPoint]
    /// Notes with arrows at data coordinates.
    public var annotations: [Annotation]
    /// The colorbar label (Pango markup) on a linear scale.
    public var colorbarLabel: String
    /// The colorbar label on a logarithmic scale, where the bar shows the height above the map's
    /// minimum (`f(x, y) − min`, in the figure's language).
    public var logColorbarLabel: String
    /// The horizontal axis label (Pango markup).
    public var xLabel: String
    /// The vertical axis label (Pango markup).
    public var yLabel: String

    /// Creates a heatmap panel.
    public init(
        title: String? = nil, field: ScalarField, scale: ColorScale = .linear, colormap: Colormap? = nil,
        markedPoints: [MarkedPoint] = [], annotations: [Annotation] = [], colorbarLabel: String = "f(x, y)",
        logColorbarLabel: String = "f(x, y) − min", xLabel: String = "x", yLabel: String = "y"
    ) {
        self.title = title
        self.field = field
        self.scale = scale
        self.colormap = colormap
        self.markedPoints = markedPoints
        self.annotations = annotations
        self.colorbarLabel = colorbarLabel
        self.logColorbarLabel = logColorbarLabel
        self.xLabel = xLabel
        self.yLabel = yLabel
    }
}
