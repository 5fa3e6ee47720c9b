import DescentScene

/// A figure to draw: a title, a size, a theme and an arrangement of panels.
///
/// A figure holds data, not drawing instructions; `FigureLayout` compiles it into a `Scene`.
public struct Figure: Sendable {
    /// The title over the whole figure, or nil.
    public var title: String?
    /// A smaller line under the title, or nil.
    public var subtitle: String?
    /// The page size in points.
    public var size: Size
    /// Colors and fonts.
    public var theme: Theme
    /// The panels and how they are arranged.
    public var layout: PanelLayout
    /// One entry per run, shown once for the whole figure; empty hides the legend.
    public var legend: [LegendEntry]

    /// Creates a figure.
    public init(title: String? = nil, subtitle: String? = nil, size: Size = Size(width: 800, height: 450), theme: Theme = .light, layout: PanelLayout, legend: [LegendEntry] = []) {
        self.title = title
        self.subtitle = subtitle
        self.size = size
        self.theme = theme
        self.layout = layout
        self.legend = legend
    }
}

/// How panels are arranged in a figure.
public indirect enum PanelLayout: Sendable {
    /// One panel filling the space.
    case panel(Panel)
    /// Side by side, widths in proportion to `weights`.
    case row([PanelLayout], weights: [Double])
    /// Stacked top to bottom, heights in proportion to `weights`.
    case column([PanelLayout], weights: [Double])
}

/// One plotting area with its own axes.
public enum Panel: Sendable {
    /// A contour map of a surface with optimizer paths over it.
    case contour(ContourPanel)
    /// Curves of a quantity against the step (learning rate, loss).
    case lines(LinePanel)
}
