import DescentScene
import Foundation

/// Draws text notes placed at data coordinates, each with a thin arrow from the text to its point.
/// A note's text goes where the lesson asks (centered there) unless that box leaves the plot or
/// meets a label, a marker, a formula box or a path: then `LabelPlacer` shifts it to the
/// nearest better spot and the arrow follows. A note without a text position is a label beside
/// its point.
struct AnnotationLayout {
    let marks: Marks

    /// The annotations of a panel with nothing else to avoid, or nil when there are none.
    func node(_ annotations: [Annotation], in frame: PanelFrame) -> SceneNode? {
        var placer = LabelPlacer(marks: marks, bounds: frame.plot)
        return node(annotations, in: frame, placer: &placer)
    }

    /// The annotations of a panel, placed by `placer` (which knows what else the map shows), or
    /// nil when there are none.
    func node(_ annotations: [Annotation], in frame: PanelFrame, placer: inout LabelPlacer) -> SceneNode? {
        guard !annotations.isEmpty else { return nil }
        let theme = marks.theme, u = marks.typography.unit
        var style = marks.typography.annotation
        style.size *= 1.1
        var nodes: [SceneNode] = []
        for note in annotations {
            let target = frame.point(note.x, note.y)
            guard target.x.isFinite, target.y.isFinite else { continue }
            guard let tx = note.textX, let ty = note.textY else {
                if let label = placer.label(note.text, near: target, color: theme.foreground) { nodes.append(label) }
                continue
            }
            let asked = frame.point(tx, ty)
            guard asked.x.isFinite, asked.y.isFinite else { continue }
            let extent = marks.measurer.measure(note.text, markup: true, style: style)
            let text = placer.box(width: extent.width, height: extent.height, centeredAt: asked).center
            // The arrow leaves the text box's edge toward the target and stops short of the point.
            let dx = target.x - text.x, dy = target.y - text.y, d = hypot(dx, dy)
            if d > 1 {
                let ux = dx / d, uy = dy / d
                let exitT = min(abs(ux) > 1e-9 ? (extent.width / 2 + 3 * u) / abs(ux) : .infinity,
                                abs(uy) > 1e-9 ? (extent.height / 2 + 3 * u) / abs(uy) : .infinity)
                let start = Point(text.x + ux * exitT, text.y + uy * exitT)
                let tip = Point(target.x - ux * 4 * u, target.y - uy * 4 * u)
                if hypot(tip.x - start.x, tip.y - start.y) > 6 * u, (tip.x - start.x) * ux + (tip.y - start.y) * uy > 0 {
                    var line = Path()
                    line.addLine(start, Point(tip.x - ux * 5 * u, tip.y - uy * 5 * u))
                    nodes.append(.shape(ShapeItem(line, stroke: StrokeStyle(color: theme.foreground, width: 1.0 * u))))
                    nodes.append(.shape(ShapeItem(MarkerPath.arrowhead(tip: tip, dx: ux, dy: uy, length: 7 * u, width: 5.5 * u), fill: theme.foreground)))
                }
            }
            nodes.append(.text(TextItem(note.text, markup: true, at: text, horizontal: .center, vertical: .center, style: style, halo: theme.panelBackground.withAlpha(0.85))))
        }
        return .group(SceneGroup("annotations", children: nodes))
    }
}
