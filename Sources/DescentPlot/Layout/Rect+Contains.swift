import DescentScene

extension Rect {
    /// True when `p` lies inside or on the edge of the rectangle.
    func contains(_ p: Point) -> Bool {
        p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY
    }
}
