import DescentScene

extension ContourGrid {
    /// The region `{ f <= level }` as one path for a single fill (non-zero rule).
    public func region(atOrBelow level: Double, transform t: GridTransform) -> Path {
        var tracer = IsolineTracer(grid: self)
        return region(atOrBelow: level, chains: tracer.chains(at: level), transform: t)
    }

    /// The region `{ f <= level }` bounded by its contour lines `chains` (from
    /// `IsolineTracer.chains(at: level)`) and the parts of the grid border inside it.
    ///
    /// Every chain has the region on its left, so the region's outline is the loops as they are
    /// plus each open chain followed, from its end, counter-clockwise along the border to the next
    /// chain's start: outer outlines come out counter-clockwise and holes clockwise, and one
    /// non-zero fill paints exactly the region. The outline has a point per contour crossing, far
    /// fewer than a polygon per cell. Should the chains not join up (they always do for a finite
    /// grid), the region is built from cell polygons instead.
    public func region(atOrBelow level: Double, chains: [IsolineChain], transform t: GridTransform) -> Path {
        var path = Path()
        for chain in chains where chain.isClosed {
            path.append(chain.path(t))
        }
        let open = chains.filter { !$0.isClosed && $0.points.count > 1 }
        let border = Border(columns: columns, rows: rows)
        guard !open.isEmpty else {
            if values[0] <= level { path.append(Path(polyline: border.corners.map { t.point($0.x, $0.y) }, closed: true)) }
            return path
        }
        let starts = open.map { border.position($0.points[0]) }
        var used = [Bool](repeating: false, count: open.count)
        for first in open.indices where !used[first] {
            var outline: [Point] = []
            var current = first
            while !used[current] {
                used[current] = true
                outline += open[current].points
                let end = border.position(open[current].points[open[current].points.count - 1])
                guard let next = starts.indices.min(by: { border.distance(end, starts[$0]) < border.distance(end, starts[$1]) }) else { break }
                outline += border.corners(from: end, to: starts[next])
                current = next
            }
            guard current == first else { return cellRegion(atOrBelow: level, transform: t) }
            path.append(Path(polyline: outline.map { t.point($0.x, $0.y) }, closed: true))
        }
        return path
    }

    /// The region `{ f <= level }` as one path of cell polygons, for a single non-zero fill.
    ///
    /// Marching squares: each cell's corners are walked counter-clockwise in grid space (bottom-left,
    /// bottom-right, top-right, top-left), emitting the corners inside the region and the points
    /// where an edge crosses `level` (linear interpolation). In the two saddle cases, where only
    /// diagonal corners are inside, the cell's mean value decides: at or below `level` the inside
    /// corners are joined (one hexagon), above it they are cut off separately (two triangles); the
    /// isolines use the same rule, so lines and fills agree. Runs of cells that lie wholly inside
    /// are merged along each row into a single rectangle.
    func cellRegion(atOrBelow level: Double, transform t: GridTransform) -> Path {
        var path = Path()
        let cols = columns
        for r in 0..<(rows - 1) {
            let row0 = r * cols, row1 = row0 + cols
            let y0 = Double(r), y1 = Double(r + 1)
            var runStart = -1
            for c in 0..<(cols - 1) {
                let v0 = values[row0 + c], v1 = values[row0 + c + 1], v2 = values[row1 + c + 1], v3 = values[row1 + c]
                let in0 = v0 <= level, in1 = v1 <= level, in2 = v2 <= level, in3 = v3 <= level
                if in0 && in1 && in2 && in3 {
                    if runStart < 0 { runStart = c }
                    continue
                }
                if runStart >= 0 {
                    appendRectangle(&path, from: runStart, to: c, y0: y0, y1: y1, t)
                    runStart = -1
                }
                guard in0 || in1 || in2 || in3 else { continue }
                let x0 = Double(c), x1 = Double(c + 1)
                // Crossing points on the four edges, each interpolated from its canonical
                // (lower-index) end: bottom and top left to right, left and right bottom to top.
                func bottom() -> Point { t.point(x0 + ContourGrid.crossing(level, v0, v1), y0) }
                func right() -> Point { t.point(x1, y0 + ContourGrid.crossing(level, v1, v2)) }
                func top() -> Point { t.point(x0 + ContourGrid.crossing(level, v3, v2), y1) }
                func left() -> Point { t.point(x0, y0 + ContourGrid.crossing(level, v0, v3)) }
                let saddle = (in0 == in2) && (in1 == in3) && (in0 != in1)
                if saddle, (v0 + v1 + v2 + v3) / 4 > level {
                    if in0 {
                        path.appendPolygon(left(), t.point(x0, y0), bottom())
                        path.appendPolygon(right(), t.point(x1, y1), top())
                    } else {
                        path.appendPolygon(bottom(), t.point(x1, y0), right())
                        path.appendPolygon(top(), t.point(x0, y1), left())
                    }
                    continue
                }
                var started = false
                func emit(_ p: Point) {
                    if started { path.line(to: p) } else { path.move(to: p); started = true }
                }
                if in0 { emit(t.point(x0, y0)) }
                if in0 != in1 { emit(bottom()) }
                if in1 { emit(t.point(x1, y0)) }
                if in1 != in2 { emit(right()) }
                if in2 { emit(t.point(x1, y1)) }
                if in2 != in3 { emit(top()) }
                if in3 { emit(t.point(x0, y1)) }
                if in3 != in0 { emit(left()) }
                path.close()
            }
            if runStart >= 0 { appendRectangle(&path, from: runStart, to: cols - 1, y0: y0, y1: y1, t) }
        }
        return path
    }

    /// Appends the rectangle spanning grid columns `c0...c1` and rows `y0...y1`, counter-clockwise
    /// in grid space like the cell polygons.
    private func appendRectangle(_ path: inout Path, from c0: Int, to c1: Int, y0: Double, y1: Double, _ t: GridTransform) {
        let x0 = Double(c0), x1 = Double(c1)
        path.appendPolygon(t.point(x0, y0), t.point(x1, y0), t.point(x1, y1), t.point(x0, y1))
    }
}

extension Path {
    /// Appends the closed triangle `a b c`.
    mutating func appendPolygon(_ a: Point, _ b: Point, _ c: Point) {
        move(to: a)
        line(to: b)
        line(to: c)
        close()
    }

    /// Appends the closed quadrilateral `a b c d`.
    mutating func appendPolygon(_ a: Point, _ b: Point, _ c: Point, _ d: Point) {
        move(to: a)
        line(to: b)
        line(to: c)
        line(to: d)
        close()
    }
}
