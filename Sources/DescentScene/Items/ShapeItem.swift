/// A filled and/or stroked path.
public struct ShapeItem: Sendable, Hashable {
    /// How overlapping sub-paths are filled.
    public enum FillRule: Sendable, Hashable { case nonZero, evenOdd }

    /// The outline.
    public var path: Path
    /// Fill color, or nil for no fill.
    public var fill: Color?
    /// Fill rule.
    public var fillRule: FillRule
    /// Stroke, or nil for no outline.
    public var stroke: StrokeStyle?

    /// Creates a shape.
    public init(_ path: Path, fill: Color? = nil, fillRule: FillRule = .nonZero, stroke: StrokeStyle? = nil) {
        self.path = path
        self.fill = fill
        self.fillRule = fillRule
        self.stroke = stroke
    }
}
