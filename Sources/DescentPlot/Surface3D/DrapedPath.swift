import Foundation

/// An optimizer path laid on a surface mesh: cut at every quad edge, so each piece lies over
/// exactly one quad and can be painted right after it, and lifted by `lift` above the surface.
///
/// Each straight segment between two iterates is clipped to the mesh, cut where it crosses a grid
/// line, and every cut piece is subdivided into steps of at most a third of a quad so it follows
/// the (bilinear) surface. Pieces over holes (NaN values) are left out.
struct DrapedPath {
    /// A part of the path over one quad.
    struct Piece {
        /// The quad's index, `row * columns + column`.
        var cell: Int
        /// Box points along the piece, lifted.
        var points: [Vec3]
    }

    /// The pieces in path order.
    private(set) var pieces: [Piece] = []
    /// The first finite iterate over the mesh, on the surface (lifted), if that is where it is.
    private(set) var start: Vec3?
    /// The last finite iterate, on the surface (lifted), if it lies over the mesh.
    private(set) var end: Vec3?

    /// The longest step along a piece, in quads.
    static let maximumStep = 1.0 / 3

    /// Drapes the iterates (`xs[k]`, `ys[k]`) over `mesh`, `lift` box units above it.
    init(xs: [Double], ys: [Double], mesh: SurfaceMesh, lift: Double) {
        let count = min(xs.count, ys.count)
        let columns = Double(mesh.columns), rows = Double(mesh.rows)
        func grid(_ k: Int) -> (x: Double, y: Double)? {
            let g = mesh.grid(x: xs[k], y: ys[k])
            return g.x.isFinite && g.y.isFinite ? g : nil
        }
        func onSurface(_ gx: Double, _ gy: Double) -> Vec3? { mesh.surfacePoint(gx: gx, gy: gy, lift: lift) }
        var previous: (x: Double, y: Double)?
        var breaks: [Double] = []
        var seenFinite = false
        for k in 0..<count {
            guard let g = grid(k) else { previous = nil; continue }
            end = onSurface(g.x, g.y)
            if !seenFinite { start = end }
            seenFinite = true
            defer { previous = g }
            guard let a = previous, let (t0, t1) = Self.clip(a, g, columns: columns, rows: rows) else { continue }
            breaks.removeAll(keepingCapacity: true)
            breaks.append(t0)
            Self.crossings(a.x, g.x, t0, t1, into: &breaks)
            Self.crossings(a.y, g.y, t0, t1, into: &breaks)
            breaks.append(t1)
            breaks.sort()
            for b in 1..<breaks.count where breaks[b] > breaks[b - 1] {
                appendPiece(from: a, to: g, t0: breaks[b - 1], t1: breaks[b], mesh: mesh, onSurface: onSurface)
            }
        }
    }

    /// Adds the part of segment `a -> b` between parameters `t0` and `t1`, which lies over one quad.
    private mutating func appendPiece(
        from a: (x: Double, y: Double), to b: (x: Double, y: Double), t0: Double, t1: Double,
        mesh: SurfaceMesh, onSurface: (Double, Double) -> Vec3?
    ) {
        let dx = b.x - a.x, dy = b.y - a.y
        let mid = (t0 + t1) / 2
        guard let cell = mesh.cell(gx: a.x + mid * dx, gy: a.y + mid * dy) else { return }
        let steps = max(1, Int((hypot(dx, dy) * (t1 - t0) / Self.maximumStep).rounded(.up)))
        var points: [Vec3] = []
        points.reserveCapacity(steps + 1)
        for s in 0...steps {
            let t = t0 + (t1 - t0) * Double(s) / Double(steps)
            guard let p = onSurface(a.x + t * dx, a.y + t * dy) else { return }
            points.append(p)
        }
        if let last = pieces.last, last.cell == cell, last.points.last == points.first {
            pieces[pieces.count - 1].points.append(contentsOf: points.dropFirst())
        } else {
            pieces.append(Piece(cell: cell, points: points))
        }
    }

    /// The parameters `t` in (`t0`, `t1`) at which `a + t (b - a)` crosses an integer.
    private static func crossings(_ a: Double, _ b: Double, _ t0: Double, _ t1: Double, into out: inout [Double]) {
        let d = b - a
        guard d != 0 else { return }
        let lo = a + t0 * d, hi = a + t1 * d
        var k = (min(lo, hi)).rounded(.up)
        while k <= max(lo, hi) {
            let t = (k - a) / d
            if t > t0, t < t1 { out.append(t) }
            k += 1
        }
    }

    /// The parameter interval of segment `a -> b` inside `[0, columns] x [0, rows]` (Liang and
    /// Barsky's clipping), or nil when it misses the rectangle.
    static func clip(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double), columns: Double, rows: Double) -> (Double, Double)? {
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        // Each pair (p, q) is one edge's constraint p t <= q.
        for (p, q) in [(-dx, a.x), (dx, columns - a.x), (-dy, a.y), (dy, rows - a.y)] {
            if p == 0 {
                if q < 0 { return nil }
            } else if p < 0 {
                t0 = max(t0, q / p)
            } else {
                t1 = min(t1, q / p)
            }
        }
        return t0 <= t1 ? (t0, t1) : nil
    }
}
