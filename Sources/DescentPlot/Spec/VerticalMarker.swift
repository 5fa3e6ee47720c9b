import DescentScene

/// A thin vertical line across a line panel at one x, with a small label at its top: a
/// learning-rate milestone, a warm restart, an early-stopping step.
public struct VerticalMarker: Sendable, Hashable {
    /// Data x.
    public var x: Double
    /// The label (Pango markup), or empty for none.
    public var label: String
    /// The line and label color, or nil for the theme's muted foreground.
    public var color: Color?

    /// Creates a vertical marker.
    public init(x: Double, label: String, color: Color? = nil) {
        self.x = x
        self.label = label
        self.color = color
    }
}
