/// A translation and uniform scale that places a group's content in its parent.
///
/// A point `p` of the group is drawn at `offset + scale * p` in the parent's coordinates, so a
/// whole figure scene laid out at its own size can be put on a page as vector graphics.
public struct SceneTransform: Sendable, Hashable {
    /// Where the group's origin lands in the parent's coordinates.
    public var offset: Point
    /// Uniform scale factor (1 keeps sizes); must be positive and finite to draw anything.
    public var scale: Double

    /// Creates a transform: scale about the origin, then translate by `offset`.
    public init(offset: Point = Point(0, 0), scale: Double = 1) {
        self.offset = offset
        self.scale = scale
    }

    /// `offset + scale * p`.
    public func apply(_ p: Point) -> Point {
        Point(offset.x + scale * p.x, offset.y + scale * p.y)
    }

    /// The rectangle `r` in the parent's coordinates.
    public func apply(_ r: Rect) -> Rect {
        let origin = apply(Point(r.x, r.y))
        return Rect(x: origin.x, y: origin.y, width: r.width * scale, height: r.height * scale)
    }

    /// True when the transform can be drawn: finite offset, positive finite scale.
    public var isDrawable: Bool {
        offset.x.isFinite && offset.y.isFinite && scale.isFinite && scale > 0
    }
}
