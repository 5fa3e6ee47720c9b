import DescentScene
import Foundation

/// Draws one optimizer path on a contour map: a light casing under the colored line, small dots
/// at the iterates, arrowheads spaced by arc length showing the direction of travel, a hollow
/// circle at the start, the run's filled marker at the end, and for a diverged run an x with
/// "diverged at step k"; chosen steps are marked by `StepMarksLayout`.
struct TrajectoryLayout {
    let marks: Marks

    /// Arrowheads are spread evenly along the visible path, about this far apart (points, at a 12 pt
    /// base size).
    static let arrowSpacing = 70.0
    /// Iterate dots closer than this to the previous dot are skipped.
    static let dotSpacing = 5.0

    /// The series' faint points (inside the plot) as one path of small discs, or nil for none.
    private func faintDots(_ series: PathSeries, in frame: PanelFrame, radius: Double) -> Path? {
        var dots = Path()
        for i in 0..<min(series.faintXs.count, series.faintYs.count) {
            let p = frame.point(series.faintXs[i], series.faintYs[i])
            guard p.x.isFinite, p.y.isFinite, contains(frame.plot, p) else { continue }
            dots.addCircle(at: p, radius: radius)
        }
        return dots.isEmpty ? nil : dots
    }

    /// The opacity of the other members' paths.
    static let memberOpacity = 0.3

    /// The series' member paths, clipped to the plot, as one path, or nil for none.
    private func memberLines(_ series: PathSeries, in frame: PanelFrame) -> Path? {
        var path = Path()
        for member in series.memberPaths {
            for piece in PolylineClipper.clip(member.map { frame.point($0.x, $0.y) }, to: frame.plot) { path.append(Path(polyline: piece)) }
        }
        return path.isEmpty ? nil : path
    }

    /// The series drawn in `frame` along `drawn` (its device points and visible pieces): the line
    /// group (clipped to the plot) and the end-mark group (unclipped, but kept inside the plot).
    /// A diverged run's ✕ goes at `cross` (from `LabelPlacer.crossPosition`; none when nil).
    /// Its labels (step numbers, snapshots, divergence) are placed by `placer`.
    func nodes(for series: PathSeries, drawn: DrawnPath, cross: Point?, in frame: PanelFrame, placer: inout LabelPlacer) -> (line: SceneNode, end: SceneNode) {
        let u = marks.typography.unit
        let points = drawn.points, pieces = drawn.pieces
        let style = series.style

        var line: [SceneNode] = []
        if let members = memberLines(series, in: frame) {
            line.append(.shape(ShapeItem(members, stroke: StrokeStyle(color: style.color.withAlpha(Self.memberOpacity), width: marks.lineWidth * 0.5))))
        }
        if let faint = faintDots(series, in: frame, radius: 1.7 * u) {
            line.append(.shape(ShapeItem(faint, fill: style.color.withAlpha(0.35))))
        }
        var path = Path()
        for piece in pieces { path.append(Path(polyline: piece)) }
        if !path.isEmpty {
            line.append(.shape(ShapeItem(path, stroke: marks.casingStroke)))
            line.append(.shape(ShapeItem(path, stroke: marks.lineStroke(style))))
        }
        if let dots = iterateDots(points, in: frame.plot, radius: 1.25 * u, spacing: Self.dotSpacing * u) {
            line.append(.shape(ShapeItem(dots, fill: style.color)))
        }
        if let arrows = arrowheads(along: pieces, spacing: Self.arrowSpacing * u, unit: u) {
            line.append(.shape(ShapeItem(arrows, fill: style.color, stroke: StrokeStyle(color: marks.theme.panelBackground.withAlpha(0.7), width: 0.5 * u, join: .miter))))
        }
        let inside = { (p: Point) in p.x.isFinite && p.y.isFinite && contains(frame.plot, p) }
        if let start = points.first(where: { $0.x.isFinite && $0.y.isFinite }), inside(start) {
            line.append(marks.startMarker(at: start, style: style))
        }

        var end: [SceneNode] = []
        if let steps = StepMarksLayout(marks: marks).node(for: series, points: points, in: frame.plot, placer: &placer) { end.append(steps) }
        if let step = series.divergedAtStep {
            if let p = cross {
                end += marks.divergedMark(at: p, color: style.color)
                if let label = placer.label(series.divergenceText ?? "diverged at step \(step)", near: p, color: style.color, weight: .bold) { end.append(label) }
            }
        } else if let last = points.last(where: { $0.x.isFinite && $0.y.isFinite }), inside(last) {
            end.append(marks.marker(style.marker, at: last, style: style))
        }
        return (.group(SceneGroup("series.\(series.id)", clip: frame.plot, children: line)),
                .group(SceneGroup("series.\(series.id).end", children: end)))
    }

    /// Dots at the iterates inside `rect`, skipping any closer than `spacing` to the last dot drawn
    /// and any on the spot of an earlier dot (a run swinging between two spots draws two dots).
    private func iterateDots(_ points: [Point], in rect: Rect, radius: Double, spacing: Double) -> Path? {
        var path = Path()
        var last: Point?
        var drawn = CoincidentPoints()
        for p in points where p.x.isFinite && p.y.isFinite && contains(rect, p) {
            if let q = last, hypot(p.x - q.x, p.y - q.y) < spacing { continue }
            if drawn.insert(p) { path.addCircle(at: p, radius: radius) }
            last = p
        }
        return path.isEmpty ? nil : path
    }

    /// Arrowheads spread evenly by arc length over the visible pieces: `n = floor(L / spacing)`
    /// of them (one when `L` is at least half a spacing), at arc lengths `(i + 1/2) L / n`, each
    /// pointing along the segment it sits on.
    private func arrowheads(along pieces: [[Point]], spacing: Double, unit: Double) -> Path? {
        var total = 0.0
        for piece in pieces { for i in 1..<piece.count { total += distance(piece[i - 1], piece[i]) } }
        var n = Int(total / spacing)
        if n == 0, total >= spacing / 2 { n = 1 }
        guard n > 0 else { return nil }
        let length = 7.5 * unit, width = 6.5 * unit
        var path = Path()
        var target = 0.5 * total / Double(n), walked = 0.0, placed = 0
        for piece in pieces {
            for i in 1..<piece.count {
                let a = piece[i - 1], b = piece[i], d = distance(a, b)
                while placed < n, walked + d >= target, d > 0 {
                    let t = (target - walked) / d
                    let dx = (b.x - a.x) / d, dy = (b.y - a.y) / d
                    let center = Point(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y))
                    let tip = Point(center.x + dx * length / 2, center.y + dy * length / 2)
                    path.append(MarkerPath.arrowhead(tip: tip, dx: dx, dy: dy, length: length, width: width))
                    placed += 1
                    target += total / Double(n)
                }
                walked += d
            }
        }
        return path.isEmpty ? nil : path
    }

    private func distance(_ a: Point, _ b: Point) -> Double { hypot(b.x - a.x, b.y - a.y) }

    private func contains(_ r: Rect, _ p: Point) -> Bool {
        p.x >= r.minX && p.x <= r.maxX && p.y >= r.minY && p.y <= r.maxY
    }
}
