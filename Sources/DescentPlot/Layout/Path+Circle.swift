import DescentScene

extension Path {
    /// Adds a closed circle as a new sub-path (four cubic arcs, as `Path(circleAt:radius:)`),
    /// without building a separate path.
    mutating func addCircle(at c: Point, radius r: Double) {
        let k = 0.5522847498307936 * r
        move(to: Point(c.x + r, c.y))
        curve(to: Point(c.x, c.y + r), control1: Point(c.x + r, c.y + k), control2: Point(c.x + k, c.y + r))
        curve(to: Point(c.x - r, c.y), control1: Point(c.x - k, c.y + r), control2: Point(c.x - r, c.y + k))
        curve(to: Point(c.x, c.y - r), control1: Point(c.x - r, c.y - k), control2: Point(c.x - k, c.y - r))
        curve(to: Point(c.x + r, c.y), control1: Point(c.x + k, c.y - r), control2: Point(c.x + r, c.y - k))
        close()
    }
}
