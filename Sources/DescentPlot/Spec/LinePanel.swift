/// Curves of a quantity against steps: the learning rate, the loss.
public struct LinePanel: Sendable {
    /// Axis scale.
    public enum Scale: Sendable, Hashable { case linear, logarithmic }

    /// Panel title, or nil.
    public var title: String?
    /// Axis labels.
    public var xLabel: String
    /// Axis labels.
    public var yLabel: String
    /// The y-axis scale.
    public var yScale: Scale
    /// The curves.
    public var series: [LineSeries]

    /// Creates a line panel.
    public init(title: String? = nil, xLabel: String = "step", yLabel: String, yScale: Scale = .linear, series: [LineSeries]) {
        self.title = title
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.yScale = yScale
        self.series = series
    }
}

/// One curve of a line panel.
public struct LineSeries: Sendable, Hashable {
    /// Identifies the run across panels.
    public var id: String
    /// Its style.
    public var style: SeriesStyle
    /// Horizontal values.
    public var xs: [Double]
    /// Vertical values.
    public var ys: [Double]
    /// The x at which the run diverged, if it did; the curve ends with a mark there.
    public var divergedAt: Double?

    /// Creates a line series.
    public init(id: String, style: SeriesStyle, xs: [Double], ys: [Double], divergedAt: Double? = nil) {
        self.id = id
        self.style = style
        self.xs = xs
        self.ys = ys
        self.divergedAt = divergedAt
    }
}
