import DescentScene

/// The border of a grid in grid coordinates, walked counter-clockwise from the bottom-left
/// corner: bottom edge left to right, right edge upwards, top edge right to left, left edge down.
struct Border {
    /// The largest column and row.
    let maxX: Double, maxY: Double

    init(columns: Int, rows: Int) {
        maxX = Double(columns - 1)
        maxY = Double(rows - 1)
    }

    /// The border's length.
    var length: Double { 2 * (maxX + maxY) }

    /// The four corners, counter-clockwise from the bottom-left.
    var corners: [Point] { [Point(0, 0), Point(maxX, 0), Point(maxX, maxY), Point(0, maxY)] }

    /// How far along the border (counter-clockwise from the bottom-left corner) `p` lies; `p`
    /// must be on the border.
    func position(_ p: Point) -> Double {
        if p.y == 0 { return p.x }
        if p.x == maxX { return maxX + p.y }
        if p.y == maxY { return maxX + maxY + (maxX - p.x) }
        return 2 * maxX + maxY + (maxY - p.y)
    }

    /// The counter-clockwise distance from position `a` to position `b`, in `0..<length`.
    func distance(_ a: Double, _ b: Double) -> Double {
        let d = (b - a).truncatingRemainder(dividingBy: length)
        return d < 0 ? d + length : d
    }

    /// The corners passed going counter-clockwise from position `a` to position `b`, in order.
    func corners(from a: Double, to b: Double) -> [Point] {
        let span = distance(a, b)
        let positions = [0, maxX, maxX + maxY, 2 * maxX + maxY]
        return zip(positions, corners)
            .map { (distance(a, $0.0), $0.1) }
            .filter { $0.0 > 0 && $0.0 < span }
            .sorted { $0.0 < $1.0 }
            .map(\.1)
    }
}
