/// Curves of a quantity against steps: the learning rate, the loss.
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
    /// The vertical axis label (Pango markup).
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
