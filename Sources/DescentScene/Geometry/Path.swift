/// A vector path in device space: move, line, cubic curve and close commands.
public struct Path: Sendable, Hashable {
    /// One drawing command.
    public enum Element: Sendable, Hashable {
        /// Start a new sub-path at a point.
        case move(Point)
        /// A straight line to a point.
        case line(Point)
        /// A cubic Bezier curve with two control points and an end point.
        case curve(Point, Point, Point)
        /// Close the current sub-path.
        case close
    }

    /// The commands in order.
    public private(set) var elements: [Element] = []

    /// An empty path.
    public init() {}

    /// A path through `points` (open unless `closed`).
    public init(polyline points: [Point], closed: Bool = false) {
        elements.reserveCapacity(points.count + 1)
        for (i, p) in points.enumerated() {
            elements.append(i == 0 ? .move(p) : .line(p))
        }
        if closed, !points.isEmpty { elements.append(.close) }
    }

    /// A rectangle.
    public init(rect: Rect) {
        self.init(polyline: [
            Point(rect.minX, rect.minY), Point(rect.maxX, rect.minY),
            Point(rect.maxX, rect.maxY), Point(rect.minX, rect.maxY),
        ], closed: true)
    }

    /// A circle, drawn with four cubic arcs.
    public init(circleAt c: Point, radius r: Double) {
        let k = 0.5522847498307936 * r
        elements = [
            .move(Point(c.x + r, c.y)),
            .curve(Point(c.x + r, c.y + k), Point(c.x + k, c.y + r), Point(c.x, c.y + r)),
            .curve(Point(c.x - k, c.y + r), Point(c.x - r, c.y + k), Point(c.x - r, c.y)),
            .curve(Point(c.x - r, c.y - k), Point(c.x - k, c.y - r), Point(c.x, c.y - r)),
            .curve(Point(c.x + k, c.y - r), Point(c.x + r, c.y - k), Point(c.x + r, c.y)),
            .close,
        ]
    }

    /// True when the path has no commands.
    public var isEmpty: Bool { elements.isEmpty }

    /// Starts a sub-path.
    public mutating func move(to p: Point) { elements.append(.move(p)) }
    /// Adds a line.
    public mutating func line(to p: Point) { elements.append(.line(p)) }
    /// Adds a cubic curve.
    public mutating func curve(to p: Point, control1: Point, control2: Point) { elements.append(.curve(control1, control2, p)) }
    /// Closes the sub-path.
    public mutating func close() { elements.append(.close) }
    /// Appends another path's commands.
    public mutating func append(_ other: Path) { elements.append(contentsOf: other.elements) }
}
