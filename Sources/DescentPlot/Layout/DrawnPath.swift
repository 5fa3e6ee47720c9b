import DescentScene

/// A run's path as the map draws it: every iterate in device space (index = step, non-finite
/// where the run blew up) and the pieces of the polyline clipped to the plot area. Computed once
/// per run, so the line, its step marks and the label placer's path obstacles agree.
struct DrawnPath {
    /// The device point of each step.
    let points: [Point]
    /// The visible pieces of the line (``PolylineClipper``), each with at least two points.
    let pieces: [[Point]]

    /// The path of `series` in `frame`.
    init(_ series: PathSeries, in frame: PanelFrame) {
        let count = min(series.xs.count, series.ys.count)
        var points: [Point] = []
        points.reserveCapacity(count)
        for i in 0..<count { points.append(frame.point(series.xs[i], series.ys[i])) }
        self.points = points
        pieces = PolylineClipper.clip(points, to: frame.plot)
    }

    /// The first and last finite points: where the start and end markers go.
    var ends: [Point] {
        let finite = { (p: Point) in p.x.isFinite && p.y.isFinite }
        return [points.first(where: finite), points.last(where: finite)].compactMap { $0 }
    }

    /// Where a diverged run's ✕ goes before it is offset from other ✕ marks: the last visible
    /// point of the line, kept `margin` inside `plot`; nil when no piece is visible.
    func divergenceMark(in plot: Rect, margin: Double) -> Point? {
        guard let exit = pieces.last?.last else { return nil }
        return Point(min(max(exit.x, plot.minX + margin), plot.maxX - margin),
                     min(max(exit.y, plot.minY + margin), plot.maxY - margin))
    }
}
