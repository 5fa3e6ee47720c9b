import DescentScene

/// Traces contour lines `f = level` through a `ContourGrid` and joins them into polylines.
///
/// Marching squares gives each cell zero, one or two segments between crossing points on its
/// edges (saddle cells are split by the cell mean exactly as in `ContourGrid.region(atOrBelow:)`).
/// Every crossing point lies on one grid edge shared by at most two cells, so segments are joined
/// through their edges in linear time: chains that start on the grid border become open
/// polylines, the rest closed loops. The tracer keeps its scratch buffers between levels.
public struct IsolineTracer: Sendable {
    /// The grid traced.
    public let grid: ContourGrid
    /// Per edge id, the first and second segment touching it (-1 for none).
    private var firstSegment: [Int32]
    private var secondSegment: [Int32]
    /// Segment endpoints as edge ids, two per segment.
    private var segmentEdges: [Int32] = []
    /// The cell (index of its bottom-left sample) of each segment.
    private var segmentCells: [Int32] = []
    private var visited: [Bool] = []
    /// Per cell (indexed as its bottom-left sample), the least and greatest of its four corners;
    /// -inf and +inf when a corner is not finite, so such a cell is always examined in full.
    private let cellMinimum: [Double]
    private let cellMaximum: [Double]

    /// Creates a tracer for `grid`.
    public init(grid: ContourGrid) {
        self.grid = grid
        firstSegment = Array(repeating: -1, count: 2 * grid.columns * grid.rows)
        secondSegment = firstSegment
        let cols = grid.columns, values = grid.values, count = grid.columns * grid.rows
        var low = [Double](repeating: -.infinity, count: count), high = [Double](repeating: .infinity, count: count)
        if grid.rows > 1, cols > 1 {
            for r in 0..<(grid.rows - 1) {
                for c in 0..<(cols - 1) {
                    let i = r * cols + c
                    let v0 = values[i], v1 = values[i + 1], v2 = values[i + cols + 1], v3 = values[i + cols]
                    guard v0.isFinite, v1.isFinite, v2.isFinite, v3.isFinite else { continue }
                    low[i] = Swift.min(Swift.min(v0, v1), Swift.min(v2, v3))
                    high[i] = Swift.max(Swift.max(v0, v1), Swift.max(v2, v3))
                }
            }
        }
        cellMinimum = low
        cellMaximum = high
    }

    /// The contour lines at `level` as one path: an open sub-path per chain ending on the grid
    /// border, a closed one per loop.
    public mutating func lines(at level: Double, transform: GridTransform) -> Path {
        var path = Path()
        for chain in chains(at: level) {
            path.append(chain.path(transform))
        }
        return path
    }

    /// The contour lines at `level` in grid coordinates (x = column, y = row), each oriented with
    /// the region `f <= level` on its left: chains that end on the grid border first, then loops.
    public mutating func chains(at level: Double) -> [IsolineChain] {
        collectSegments(level)
        var chains: [IsolineChain] = []
        let count = segmentEdges.count / 2
        visited = Array(repeating: false, count: count)
        for s in 0..<count where !visited[s] {
            let a = Int(segmentEdges[2 * s]), b = Int(segmentEdges[2 * s + 1])
            if secondSegment[a] < 0 {
                chains.append(trace(from: a, along: s, level: level))
            } else if secondSegment[b] < 0 {
                chains.append(trace(from: b, along: s, level: level))
            }
        }
        for s in 0..<count where !visited[s] {
            chains.append(trace(from: Int(segmentEdges[2 * s]), along: s, level: level))
        }
        for e in segmentEdges {
            firstSegment[Int(e)] = -1
            secondSegment[Int(e)] = -1
        }
        segmentEdges.removeAll(keepingCapacity: true)
        segmentCells.removeAll(keepingCapacity: true)
        return chains
    }

    /// Follows the chain that leaves edge `start` through segment `segment`, then orients it.
    private mutating func trace(from start: Int, along segment: Int, level: Double) -> IsolineChain {
        var chain = IsolineChain(points: [point(onEdge: start, level: level)], isClosed: false, startEdge: start, endEdge: start)
        var edge = start, s = segment
        while true {
            visited[s] = true
            let a = Int(segmentEdges[2 * s]), b = Int(segmentEdges[2 * s + 1])
            let next = a == edge ? b : a
            if next == start {
                chain.isClosed = true
                break
            }
            chain.points.append(point(onEdge: next, level: level))
            chain.endEdge = next
            let f = Int(firstSegment[next]), g = Int(secondSegment[next])
            let following = f == s ? g : f
            guard following >= 0, !visited[following] else { break }
            edge = next
            s = following
        }
        if chain.points.count > 1, !insideIsOnLeft(of: chain, cell: Int(segmentCells[segment]), level: level) {
            chain.points.reverse()
            swap(&chain.startEdge, &chain.endEdge)
        }
        return chain
    }

    /// Whether the region lies left of the chain's first segment, judged by the corner of `cell`
    /// nearest to the segment's line (but not on it). In a saddle cell the diagonal corner beyond
    /// the other segment has the wrong inside-ness; the nearest corner never does.
    private func insideIsOnLeft(of chain: IsolineChain, cell: Int, level: Double) -> Bool {
        let p0 = chain.points[0], p1 = chain.points[1], cols = grid.columns
        let c = Double(cell % cols), r = Double(cell / cols)
        let corners = [(c, r, cell), (c + 1, r, cell + 1), (c + 1, r + 1, cell + cols + 1), (c, r + 1, cell + cols)]
        var best = (cross: Double.infinity, inside: true)
        for (x, y, sample) in corners {
            let cross = (p1.x - p0.x) * (y - p0.y) - (p1.y - p0.y) * (x - p0.x)
            if abs(cross) > 1e-12, abs(cross) < abs(best.cross) { best = (cross, grid.values[sample] <= level) }
        }
        return (best.cross > 0) == best.inside
    }

    /// Fills `segmentEdges` and the edge-to-segment tables for `level`.
    private mutating func collectSegments(_ level: Double) {
        let cols = grid.columns, values = grid.values
        for r in 0..<(grid.rows - 1) {
            for c in 0..<(cols - 1) {
                let i = r * cols + c
                // Every corner on one side of the level (all <= it, or all above): no crossing.
                if level >= cellMaximum[i] || level < cellMinimum[i] { continue }
                let v0 = values[i], v1 = values[i + 1], v2 = values[i + cols + 1], v3 = values[i + cols]
                let in0 = v0 <= level, in1 = v1 <= level, in2 = v2 <= level, in3 = v3 <= level
                if in0 == in1 && in1 == in2 && in2 == in3 { continue }
                // Edge ids: 2 * sample index for the edge going right from a sample, + 1 for the
                // edge going up. Cell edges: bottom, right, top, left (edge k joins corners k, k+1).
                let bottom = 2 * i, right = 2 * (i + 1) + 1, top = 2 * (i + cols), left = 2 * i + 1
                let saddle = (in0 == in2) && (in1 == in3)
                if saddle {
                    // Cut off the corners that are separated from each other: the inside ones
                    // when the cell mean is above the level, else the outside ones.
                    let cutInside = (v0 + v1 + v2 + v3) / 4 > level
                    if in0 == cutInside {
                        addSegment(left, bottom, cell: i)
                        addSegment(right, top, cell: i)
                    } else {
                        addSegment(bottom, right, cell: i)
                        addSegment(top, left, cell: i)
                    }
                    continue
                }
                var ends = (-1, -1)
                func crossed(_ edge: Int) { if ends.0 < 0 { ends.0 = edge } else { ends.1 = edge } }
                if in0 != in1 { crossed(bottom) }
                if in1 != in2 { crossed(right) }
                if in2 != in3 { crossed(top) }
                if in3 != in0 { crossed(left) }
                addSegment(ends.0, ends.1, cell: i)
            }
        }
    }

    private mutating func addSegment(_ a: Int, _ b: Int, cell: Int) {
        let s = Int32(segmentEdges.count / 2)
        segmentEdges.append(Int32(a))
        segmentEdges.append(Int32(b))
        segmentCells.append(Int32(cell))
        attach(s, to: a)
        attach(s, to: b)
    }

    private mutating func attach(_ s: Int32, to edge: Int) {
        if firstSegment[edge] < 0 { firstSegment[edge] = s } else { secondSegment[edge] = s }
    }

    /// The crossing point on edge `edge` in grid coordinates, interpolated from its lower-index
    /// sample.
    private func point(onEdge edge: Int, level: Double) -> Point {
        let sample = edge >> 1, cols = grid.columns
        let c = Double(sample % cols), r = Double(sample / cols)
        let va = grid.values[sample]
        if edge & 1 == 0 {
            return Point(c + ContourGrid.crossing(level, va, grid.values[sample + 1]), r)
        }
        return Point(c, r + ContourGrid.crossing(level, va, grid.values[sample + cols]))
    }
}
