import DescentScene

/// A marked point on a line panel: the best value of a sweep, the best validation loss, or a
/// value that diverged and is shown at the top edge.
public struct PointMarker: Sendable, Hashable {
    /// How the point is drawn.
    public enum Kind: Sendable, Hashable {
        /// A ring around the point with its label beside it.
        case highlight
        /// An x at the top edge of the plot above `x` (the value itself is off the chart).
        case divergedAtTop
    }

    /// Data x.
    public var x: Double
    /// Data y (ignored for `divergedAtTop`).
    public var y: Double
    /// The label (Pango markup), or empty for none.
    public var label: String
    /// The color.
    public var color: Color
    /// How it is drawn.
    public var kind: Kind

    /// Creates a point marker.
    public init(x: Double, y: Double, label: String, color: Color, kind: Kind = .highlight) {
        self.x = x
        self.y = y
        self.label = label
        self.color = color
        self.kind = kind
    }
}
