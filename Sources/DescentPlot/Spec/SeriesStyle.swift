import DescentScene

/// How one run is drawn, the same in every panel of a lesson.
public struct SeriesStyle: Sendable, Hashable {
    /// The run's color.
    public var color: Color
    /// Dash pattern in points (empty: solid); the print theme varies it so runs differ in grayscale.
    public var dash: [Double]
    /// The marker shape used for the run's end point and in the legend.
    public var marker: MarkerShape

    /// Creates a series style.
    public init(color: Color, dash: [Double] = [], marker: MarkerShape = .circle) {
        self.color = color
        self.dash = dash
        self.marker = marker
    }
}

/// A marker drawn at a data point.
public enum MarkerShape: Sendable, Hashable, CaseIterable {
    case circle, square, triangle, diamond, cross, star
}

/// One row of a legend: a label and the style of the run it names.
public struct LegendEntry: Sendable, Hashable {
    /// Identifies the run across panels.
    public var id: String
    /// The text shown (Pango markup allowed).
    public var label: String
    /// The run's style.
    public var style: SeriesStyle

    /// Creates a legend entry.
    public init(id: String, label: String, style: SeriesStyle) {
        self.id = id
        self.label = label
        self.style = style
    }
}
