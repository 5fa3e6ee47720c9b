import DescentScene
import Foundation

/// Draws text notes placed at data coordinates, each with a thin arrow from the text to its point.
struct AnnotationLayout {
    let marks: Marks

    /// The annotations of a panel, or nil when there are none.
    func node(_ annotations: [Annotation], in frame: PanelFrame) -> SceneNode? {
        guard !annotations.isEmpty else { return nil }
        let theme = marks.theme, u = marks.typography.unit
        var style = marks.typography.annotation
        style.size *= 1.1
        var nodes: [SceneNode] = []
        for note in annotations {
            let target = frame.point(note.x, note.y)
            guard target.x.isFinite, target.y.isFinite else { continue }
            guard let tx = note.textX, let ty = note.textY else {
                nodes.append(marks.annotation(note.text, near: target, in: frame.plot, color: theme.foreground))
                continue
            }
            let text = frame.point(tx, ty)
            guard text.x.isFinite, text.y.isFinite else { continue }
            let extent = marks.measurer.measure(note.text, markup: true, style: style)
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
