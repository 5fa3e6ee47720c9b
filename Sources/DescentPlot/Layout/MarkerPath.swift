import DescentScene
import Foundation

/// Outlines of markers centered on a point.
enum MarkerPath {
    /// The outline of `shape` centered at `c`, about `size` points across (shapes are scaled so they
    /// look equally heavy: a square is smaller than a circle of the same nominal size).
    static func path(_ shape: MarkerShape, at c: Point, size: Double) -> Path {
        let r = size / 2
        switch shape {
        case .circle:
            return Path(circleAt: c, radius: r)
        case .square:
            let h = r * 0.86
            return Path(rect: Rect(x: c.x - h, y: c.y - h, width: 2 * h, height: 2 * h))
        case .triangle:
            return regularPolygon(at: Point(c.x, c.y + r * 0.18), radius: r * 1.25, corners: 3)
        case .diamond:
            return regularPolygon(at: c, radius: r * 1.2, corners: 4)
        case .cross:
            let a = r * 1.05, w = r * 0.36
            return Path(polyline: [
                Point(c.x - w, c.y - a), Point(c.x + w, c.y - a), Point(c.x + w, c.y - w), Point(c.x + a, c.y - w),
                Point(c.x + a, c.y + w), Point(c.x + w, c.y + w), Point(c.x + w, c.y + a), Point(c.x - w, c.y + a),
                Point(c.x - w, c.y + w), Point(c.x - a, c.y + w), Point(c.x - a, c.y - w), Point(c.x - w, c.y - w),
            ], closed: true)
        case .star:
            return star(at: c, outer: r * 1.3, inner: r * 1.3 * 0.45)
        }
    }

    /// A regular polygon with one corner straight up.
    static func regularPolygon(at c: Point, radius: Double, corners: Int) -> Path {
        Path(polyline: (0..<corners).map { k in
            let a = -Double.pi / 2 + 2 * Double.pi * Double(k) / Double(corners)
            return Point(c.x + radius * cos(a), c.y + radius * sin(a))
        }, closed: true)
    }

    /// A five-pointed star with one point straight up.
    static func star(at c: Point, outer: Double, inner: Double) -> Path {
        Path(polyline: (0..<10).map { k in
            let a = -Double.pi / 2 + Double.pi * Double(k) / 5
            let radius = k.isMultiple(of: 2) ? outer : inner
            return Point(c.x + radius * cos(a), c.y + radius * sin(a))
        }, closed: true)
    }

    /// An x (two crossing strokes) of half-width `r`, to be stroked.
    static func xMark(at c: Point, radius r: Double) -> Path {
        var path = Path()
        path.move(to: Point(c.x - r, c.y - r))
        path.line(to: Point(c.x + r, c.y + r))
        path.move(to: Point(c.x - r, c.y + r))
        path.line(to: Point(c.x + r, c.y - r))
        return path
    }

    /// An arrowhead with its tip at `tip`, pointing along the unit vector (`dx`, `dy`).
    static func arrowhead(tip: Point, dx: Double, dy: Double, length: Double, width: Double) -> Path {
        let bx = tip.x - dx * length, by = tip.y - dy * length
        let nx = -dy * width / 2, ny = dx * width / 2
        // A slight notch at the back makes it read as an arrow rather than a triangle.
        let notch = Point(tip.x - dx * length * 0.72, tip.y - dy * length * 0.72)
        return Path(polyline: [tip, Point(bx + nx, by + ny), notch, Point(bx - nx, by - ny)], closed: true)
    }
}
