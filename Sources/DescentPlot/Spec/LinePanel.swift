/// Curves of a quantity against steps (learning rate, loss, distance) or against a parameter
/// (final loss against learning rate), with optional markers.
public struct LinePanel: Sendable {
    /// Axis scale.
    public enum Scale: Sendable, Hashable {
        /// Evenly spaced values.
        case linear
        /// Evenly spaced decades; non-positive values are skipped.
        case logarithmic
    }

    /// Panel title (Pango markup), or nil.
    public var title: String?
    /// The horizontal axis label (Pango markup, e.g. `η<sub>t</sub>`; escape `&` and `<`).
    public var xLabel: String
    /// What the horizontal axis counts.
    public var xQuantity: AxisQuantity
    /// The vertical axis label (Pango markup).
    public var yLabel: String
    /// The x-axis scale.
    public var xScale: Scale
    /// The y-axis scale.
    public var yScale: Scale
    /// The x interval shown, or nil for the data's; a layout sets it so step axes line up.
    public var xDomain: ClosedRange<Double>?
    /// Labelled x ticks to draw instead of computed ones (the categories of a bar chart), or nil.
    public var xTicks: [Tick]?
    /// The y interval shown, padding included, or nil for the data's (with a little room); an
    /// animation pins it so the axis stays still while the curves grow.
    public var yDomain: ClosedRange<Double>?
    /// The curves.
    public var series: [LineSeries]
    /// Shaded bands under the curves (the spread of seed ensembles).
    public var bands: [LineBand]
    /// Vertical lines with small labels (milestones, restarts, early stopping).
    public var verticalMarkers: [VerticalMarker]
    /// Marked points (best value, diverged values at the top edge).
    public var pointMarkers: [PointMarker]
    /// Notes with arrows at data coordinates.
    public var annotations: [Annotation]
    /// A short note in the plot's top-right corner (Pango markup), or nil.
    public var note: String?
    /// Arrows and outlines in data coordinates, drawn over the curves (a parabola's bouncing steps).
    public var overlays: [Overlay] = []

    /// Creates a line panel.
    public init(
        title: String? = nil, xLabel: String = "step", xQuantity: AxisQuantity = .step, yLabel: String, xScale: Scale = .linear, yScale: Scale = .linear,
        xDomain: ClosedRange<Double>? = nil, xTicks: [Tick]? = nil, series: [LineSeries], bands: [LineBand] = [], verticalMarkers: [VerticalMarker] = [],
        pointMarkers: [PointMarker] = [], annotations: [Annotation] = [], note: String? = nil
    ) {
        self.title = title
        self.xLabel = xLabel
        self.xQuantity = xQuantity
        self.yLabel = yLabel
        self.xScale = xScale
        self.yScale = yScale
        self.xDomain = xDomain
        self.xTicks = xTicks
        self.series = series
        self.bands = bands
        self.verticalMarkers = verticalMarkers
        self.pointMarkers = pointMarkers
        self.annotations = annotations
        self.note = note
    }
}
