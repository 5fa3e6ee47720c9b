/// How a path's outline is drawn.
public struct StrokeStyle: Sendable, Hashable {
    /// The shape at the ends of open sub-paths.
    public enum Cap: Sendable, Hashable { case butt, round, square }
    /// The shape at corners.
    public enum Join: Sendable, Hashable { case miter, round, bevel }

    /// Line color.
    public var color: Color
    /// Line width in points.
    public var width: Double
    /// Dash pattern (on, off, on, ...) in points; empty for a solid line.
    public var dash: [Double]
    /// End caps.
    public var cap: Cap
    /// Corner joins.
    public var join: Join

    /// Creates a stroke style.
    public init(color: Color, width: Double, dash: [Double] = [], cap: Cap = .round, join: Join = .round) {
        self.color = color
        self.width = width
        self.dash = dash
        self.cap = cap
        self.join = join
    }
}
