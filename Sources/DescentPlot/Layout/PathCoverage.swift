import DescentScene

/// Where drawn path lines run, as a coarse raster over the plot area, so the label placer can ask
/// how much line a candidate box would cover in constant time.
///
/// The area is cut into square cells `cell` wide. A segment marks every cell it passes through
/// (sampled every half cell, so none is skipped); a cell is marked once however many lines cross
/// it, which bounds the raster by the plot's size, not the path's length: a converged run's
/// thousands of steps on one spot mark a handful of cells. A summed-area table over the marks
/// answers `length(in:)`, the marked cells a box touches times the cell size, which is about the
/// length of line running through the box (a dense tangle counts as a solid patch).
/// Building costs one visit per half cell of drawn line plus one pass over the cells.
struct PathCoverage {
    /// The area covered by the raster.
    let bounds: Rect
    /// The side of a cell, in points.
    let cell: Double
    private let columns: Int, rows: Int
    private var marked: [Bool]
    /// `sums[r * (columns + 1) + c]`: marked cells in rows `0..<r` and columns `0..<c`.
    private var sums: [Int32]

    /// An empty raster of `bounds` with cells `cell` wide.
    init(bounds: Rect, cell: Double) {
        self.bounds = bounds
        self.cell = cell
        columns = max(1, Int((bounds.width / cell).rounded(.up)))
        rows = max(1, Int((bounds.height / cell).rounded(.up)))
        marked = Array(repeating: false, count: columns * rows)
        sums = Array(repeating: 0, count: (columns + 1) * (rows + 1))
    }

    /// Marks the cells the polylines `pieces` pass through (points outside `bounds` are ignored).
    mutating func add(_ pieces: [[Point]]) {
        for piece in pieces {
            for i in piece.indices.dropFirst() { mark(piece[i - 1], piece[i]) }
            if piece.count == 1 { mark(piece[0], piece[0]) }
        }
        let stride = columns + 1
        for r in 0..<rows {
            var row: Int32 = 0
            for c in 0..<columns {
                if marked[r * columns + c] { row += 1 }
                sums[(r + 1) * stride + c + 1] = sums[r * stride + c + 1] + row
            }
        }
    }

    /// About the length of line (points) inside `box`: the marked cells it touches times `cell`.
    func length(in box: Rect) -> Double {
        let c0 = column(box.minX), c1 = column(box.maxX) + 1, r0 = row(box.minY), r1 = row(box.maxY) + 1
        guard box.maxX >= bounds.minX, box.minX <= bounds.maxX, box.maxY >= bounds.minY, box.minY <= bounds.maxY else { return 0 }
        let stride = columns + 1
        let count = sums[r1 * stride + c1] - sums[r0 * stride + c1] - sums[r1 * stride + c0] + sums[r0 * stride + c0]
        return Double(count) * cell
    }

    /// True when the cell holding `p` is marked (false outside `bounds`).
    func isMarked(_ p: Point) -> Bool {
        guard p.x >= bounds.minX, p.x <= bounds.maxX, p.y >= bounds.minY, p.y <= bounds.maxY else { return false }
        return marked[row(p.y) * columns + column(p.x)]
    }

    /// Marks the cells along the segment `a`-`b`, sampled every half cell.
    private mutating func mark(_ a: Point, _ b: Point) {
        guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return }
        let dx = b.x - a.x, dy = b.y - a.y
        let n = max(1, Int((2 * max(abs(dx), abs(dy)) / cell).rounded(.up)))
        for k in 0...n {
            let t = Double(k) / Double(n), x = a.x + t * dx, y = a.y + t * dy
            guard x >= bounds.minX, x <= bounds.maxX, y >= bounds.minY, y <= bounds.maxY else { continue }
            marked[row(y) * columns + column(x)] = true
        }
    }

    /// The column of `x`, clamped to the raster.
    private func column(_ x: Double) -> Int { Int(min(Double(columns - 1), max(0, ((x - bounds.minX) / cell).rounded(.down)))) }

    /// The row of `y`, clamped to the raster.
    private func row(_ y: Double) -> Int { Int(min(Double(rows - 1), max(0, ((y - bounds.minY) / cell).rounded(.down)))) }
}
