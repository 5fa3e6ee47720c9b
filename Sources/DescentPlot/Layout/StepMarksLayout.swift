import DescentScene
import Foundation

/// Marks chosen steps of a path: a dot every k steps (optionally with the step number) and rings
/// labelled `t=k` at snapshot steps. A dot (and its label) on the spot of one already drawn is
/// left out (``CoincidentPoints``): it would not change the picture.
struct StepMarksLayout {
    let marks: Marks

    /// Step labels closer than this (points, at a 12 pt base size) to the previous label are skipped.
    static let labelSpacing = 24.0
    /// The radius of a snapshot ring (points, at a 12 pt base size); the map's label placer
    /// keeps labels off it from the start.
    static let snapshotRadius = 5.5

    /// The step marks of `series`, whose device points are `points` (index = step), or nil when
    /// it asks for none. Step numbers are optional labels for `placer` (left out where no free
    /// place is left); snapshot labels are required. `placer` should already avoid the snapshot
    /// rings (every ring of the map, so no label lands on one drawn later).
    func node(for series: PathSeries, points: [Point], in plot: Rect, placer: inout LabelPlacer) -> SceneNode? {
        let u = marks.typography.unit, style = series.style
        var nodes: [SceneNode] = []
        let inside = { (p: Point) in p.x.isFinite && p.y.isFinite && p.x >= plot.minX && p.x <= plot.maxX && p.y >= plot.minY && p.y <= plot.maxY }
        if let k = series.dotsEvery, k > 0 {
            var dots = Path()
            var lastLabel: Point?
            var drawn = CoincidentPoints()
            for step in stride(from: 0, to: points.count, by: k) where inside(points[step]) {
                let p = points[step]
                guard drawn.insert(p) else { continue }
                dots.addCircle(at: p, radius: 2.6 * u)
                guard series.stepLabels, step > 0 else { continue }
                if let q = lastLabel, hypot(p.x - q.x, p.y - q.y) < Self.labelSpacing * u { continue }
                guard let label = placer.label("\(step)", near: p, color: style.color, importance: .optional) else { continue }
                nodes.append(label)
                lastLabel = p
            }
            if !dots.isEmpty {
                nodes.insert(.shape(ShapeItem(dots, fill: style.color, stroke: StrokeStyle(color: marks.theme.panelBackground, width: 0.8 * u))), at: 0)
            }
        }
        for step in series.snapshots where step >= 0 && step < points.count && inside(points[step]) {
            let p = points[step], ring = Path(circleAt: p, radius: Self.snapshotRadius * u)
            nodes.append(.shape(ShapeItem(ring, stroke: StrokeStyle(color: marks.theme.panelBackground.withAlpha(0.9), width: 3.6 * u))))
            nodes.append(.shape(ShapeItem(ring, fill: style.color.withAlpha(0.25), stroke: StrokeStyle(color: style.color, width: 1.6 * u))))
            if let label = placer.label("t=\(step)", near: p, color: style.color, weight: .bold) { nodes.append(label) }
        }
        return nodes.isEmpty ? nil : .group(SceneGroup("series.\(series.id).steps", children: nodes))
    }
}
