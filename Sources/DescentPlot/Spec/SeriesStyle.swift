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
