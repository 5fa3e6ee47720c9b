import DescentScene

/// Remembers the points where marks were drawn, to skip a mark that would land on one of them.
///
/// A run that converges, or swings in a cycle, comes back to the same spot thousands of times; a
/// dot at every step would draw thousands of identical discs there (100,000 steps with a dot each
/// took Cairo minutes). A dot within ``radius`` of one already drawn changes no pixel: at 0.01 pt
/// that is a fiftieth of a pixel at 2x and still a twentieth at 5x, so the picture is the same
/// while every drawn dot stays exactly at its step. Lookup is a hash of cells of side ``radius``,
/// checking the 3 x 3 cells around the point: constant time per point.
struct CoincidentPoints {
    /// Points closer than this (points, device space) count as the same spot.
    static let radius = 0.01

    private var cells: [Cell: [Point]] = [:]

    private struct Cell: Hashable {
        let x: Int, y: Int
    }

    /// Records `p` and returns true, unless a point within ``radius`` of it was recorded (false).
    /// A point too far out for a cell index (or not finite) is never a duplicate.
    mutating func insert(_ p: Point) -> Bool {
        let r = Self.radius
        guard abs(p.x) < 1e12, abs(p.y) < 1e12 else { return true }
        let cx = Int((p.x / r).rounded(.down)), cy = Int((p.y / r).rounded(.down))
        for dx in -1...1 {
            for dy in -1...1 {
                for q in cells[Cell(x: cx + dx, y: cy + dy), default: []] {
                    let ex = p.x - q.x, ey = p.y - q.y
                    if ex * ex + ey * ey < r * r { return false }
                }
            }
        }
        cells[Cell(x: cx, y: cy), default: []].append(p)
        return true
    }
}
