import DescentScene

/// Drops the vertices of a polyline that a viewer cannot see, keeping the shape within a tolerance.
///
/// Two passes, each given half the tolerance `ε`:
/// 1. Radial: a vertex closer than `ε/2` to the last vertex kept is dropped (a converged run's
///    thousands of steps on one spot collapse in linear time).
/// 2. Ramer-Douglas-Peucker: between two kept vertices `a` and `b`, the vertex farthest from the
///    segment `ab` is kept (and both halves examined again) when its distance exceeds `ε/2`;
///    otherwise every vertex between them is dropped.
///
/// Guarantee: every vertex of the original lies within `ε` of the simplified polyline, and (as the
/// original runs from `a` to `b` inside the `ε`-wide band around `ab`) every point of the
/// simplified polyline lies within `ε` of the original: the two are at Hausdorff distance at most
/// `ε`. The first and last points are always kept, and every kept point is an original vertex.
/// Distances are to the segment, not its line, so a path that turns back keeps its turning point.
enum PolylineSimplifier {
    /// The vertices of `points` kept at tolerance `tolerance` (in the points' units), in order.
    ///
    /// A non-positive or non-finite tolerance, or fewer than three points, keeps every point.
    static func simplify(_ points: [Point], tolerance: Double) -> [Point] {
        guard points.count > 2, tolerance.isFinite, tolerance > 0 else { return points }
        let half = tolerance / 2
        var radial: [Point] = []
        radial.reserveCapacity(points.count)
        radial.append(points[0])
        let squared = half * half
        for p in points.dropFirst().dropLast() {
            let q = radial[radial.count - 1]
            let dx = p.x - q.x, dy = p.y - q.y
            if dx * dx + dy * dy > squared { radial.append(p) }
        }
        radial.append(points[points.count - 1])
        guard radial.count > 2 else { return radial }
        return douglasPeucker(radial, tolerance: half)
    }

    /// Ramer-Douglas-Peucker with an explicit stack (no recursion depth limit).
    private static func douglasPeucker(_ points: [Point], tolerance: Double) -> [Point] {
        var keep = [Bool](repeating: false, count: points.count)
        keep[0] = true
        keep[points.count - 1] = true
        let squared = tolerance * tolerance
        var stack: [(Int, Int)] = [(0, points.count - 1)]
        points.withUnsafeBufferPointer { p in
            while let (first, last) = stack.popLast() {
                guard last - first > 1 else { continue }
                let a = p[first], b = p[last]
                var farthest = first, farthestDistance = squared
                for i in (first + 1)..<last {
                    let d = squaredDistance(p[i], segment: a, b)
                    if d > farthestDistance {
                        farthest = i
                        farthestDistance = d
                    }
                }
                guard farthest != first else { continue }
                keep[farthest] = true
                stack.append((first, farthest))
                stack.append((farthest, last))
            }
        }
        var kept: [Point] = []
        for i in points.indices where keep[i] { kept.append(points[i]) }
        return kept
    }

    /// Squared distance from `p` to the segment `ab` (to `a` when the segment has no length).
    static func squaredDistance(_ p: Point, segment a: Point, _ b: Point) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let length = dx * dx + dy * dy
        var t = 0.0
        if length > 0 { t = min(1, max(0, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length)) }
        let ex = p.x - (a.x + t * dx), ey = p.y - (a.y + t * dy)
        return ex * ex + ey * ey
    }

    /// `path` with each run of straight lines simplified at `tolerance`; curves, closes and
    /// non-finite points (which break the line, see ``PathTracer``) are kept as they are, so the
    /// path traces the same sub-paths.
    static func simplify(_ path: Path, tolerance: Double) -> Path {
        var result = Path()
        // The run of line vertices being collected; when `continues`, its first point is the
        // current point left by an element already emitted (a curve or a close).
        var run: [Point] = []
        var continues = false
        var current: Point?, subpathStart: Point?
        func flush() {
            guard !run.isEmpty else { return }
            let kept = simplify(run, tolerance: tolerance)
            for (i, p) in kept.enumerated() {
                if i == 0 {
                    if !continues { result.move(to: p) }
                } else {
                    result.line(to: p)
                }
            }
            current = run[run.count - 1]
            run.removeAll(keepingCapacity: true)
        }
        for element in path.elements {
            switch element {
            case .move(let p) where p.isFinite:
                flush()
                run.append(p)
                continues = false
                subpathStart = p
            case .line(let p) where p.isFinite:
                if run.isEmpty {
                    if let current {
                        run.append(current)
                        continues = true
                    } else {
                        continues = false
                        subpathStart = p
                    }
                }
                run.append(p)
            case .curve(let c1, let c2, let p) where c1.isFinite && c2.isFinite && p.isFinite:
                flush()
                result.add(element)
                if current == nil { subpathStart = p }
                current = p
            case .close:
                flush()
                result.add(element)
                if current != nil { current = subpathStart }
            default:
                flush()
                result.add(element)
                current = nil
            }
        }
        flush()
        return result
    }
}

extension Path {
    /// Appends one command.
    fileprivate mutating func add(_ element: Element) {
        switch element {
        case .move(let p): move(to: p)
        case .line(let p): line(to: p)
        case .curve(let c1, let c2, let p): curve(to: p, control1: c1, control2: c2)
        case .close: close()
        }
    }
}
