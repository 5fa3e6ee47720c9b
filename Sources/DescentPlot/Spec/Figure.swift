import DescentScene

/// A figure to draw: a title, a size, a theme and an arrangement of panels.
///
/// A figure holds data, not drawing instructions; `FigureLayout` compiles it into a `Scene`.
public struct Figure: Sendable {
    /// The title over the whole figure (Pango markup), or nil; shrunk or wrapped to fit the page.
    public var title: String?
    /// A smaller line under the title (Pango markup), or nil.
    public var subtitle: String?
    /// The page size in points.
    public var size: Size
    /// Colors and fonts.
    public var theme: Theme
    /// The panels and how they are arranged.
    public var layout: PanelLayout
    /// One entry per run, shown once for the whole figure; empty hides the legend.
    public var legend: [LegendEntry]
    /// A small text in the page's top-right corner, drawn last (an animation frame's step
    /// counter), or nil.
    public var counter: FrameCounter?

    /// Creates a figure.
    public init(title: String? = nil, subtitle: String? = nil, size: Size = FigureSize.slide, theme: Theme = .light, layout: PanelLayout, legend: [LegendEntry] = []) {
        self.title = title
        self.subtitle = subtitle
        self.size = size
        self.theme = theme
        self.layout = layout
        self.legend = legend
    }
}
