import DescentScene

/// Cuts a polyline into the pieces that lie inside a rectangle (Liang-Barsky clipping of each
/// segment). Non-finite points break the line, so a path that blows up or turns NaN draws up to
/// where it was meaningful, and every coordinate handed on is finite and near the rectangle.
enum PolylineClipper {
    /// The visible pieces of the polyline through `points`, each with at least two points.
    static func clip(_ points: [Point], to rect: Rect) -> [[Point]] {
        var pieces: [[Point]] = []
        var current: [Point] = []
        var previous: Point?
        func flush() {
            if current.count >= 2 { pieces.append(current) }
            current = []
        }
        for p in points {
            guard p.x.isFinite, p.y.isFinite else {
                flush()
                previous = nil
                continue
            }
            defer { previous = p }
            guard let q = previous else { continue }
            guard let (a, b, startsInside, endsInside) = clipSegment(q, p, to: rect) else {
                flush()
                continue
            }
            if !(startsInside && !current.isEmpty) {
                flush()
                current.append(a)
            }
            current.append(b)
            if !endsInside { flush() }
        }
        flush()
        return pieces
    }

    /// The part of segment `p`-`q` inside `rect`, with flags telling whether it keeps the original
    /// start and end; nil when none of it is inside.
    static func clipSegment(_ p: Point, _ q: Point, to rect: Rect) -> (Point, Point, Bool, Bool)? {
        let dx = q.x - p.x, dy = q.y - p.y
        var t0 = 0.0, t1 = 1.0
        // One test per edge: the segment enters (`e < 0`) or leaves (`e > 0`) the half-plane at
        // parameter `d / e`; `e == 0` means parallel, wholly outside when `d < 0`.
        func narrow(_ e: Double, _ d: Double) -> Bool {
            if e == 0 { return d >= 0 }
            let r = d / e
            if e < 0 {
                if r > t1 { return false }
                t0 = max(t0, r)
            } else {
                if r < t0 { return false }
                t1 = min(t1, r)
            }
            return true
        }
        guard narrow(-dx, p.x - rect.minX), narrow(dx, rect.maxX - p.x),
              narrow(-dy, p.y - rect.minY), narrow(dy, rect.maxY - p.y) else { return nil }
        let a = t0 == 0 ? p : Point(p.x + t0 * dx, p.y + t0 * dy)
        let b = t1 == 1 ? q : Point(p.x + t1 * dx, p.y + t1 * dy)
        return (a, b, t0 == 0, t1 == 1)
    }
}
