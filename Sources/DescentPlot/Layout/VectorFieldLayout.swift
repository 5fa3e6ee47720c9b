import DescentScene
import Foundation

/// Draws a vector field as light, equal-length arrows (direction only), so it guides the eye
/// without competing with the paths.
struct VectorFieldLayout {
    let marks: Marks

    /// The arrows inside the plot, each `0.6` of a grid cell long (in device space), centered on
    /// its point.
    func node(_ field: VectorField, in frame: PanelFrame) -> SceneNode {
        let u = marks.typography.unit
        let cell = min(frame.plot.width, frame.plot.height) / Double(max(1, field.cellsPerSide))
        let length = max(6 * u, 0.6 * cell), head = min(5 * u, 0.35 * length)
        var shafts = Path(), heads = Path()
        for arrow in field.arrows {
            let c = frame.point(arrow.x, arrow.y)
            // Data directions become device directions through the axes' scale (y flips). The
            // probe step is along the unit vector, a millionth of the point's magnitude: a tiny
            // vector (1e-9) must not vanish below the coordinates' rounding.
            let norm = hypot(arrow.dx, arrow.dy)
            guard norm.isFinite, norm > 0 else { continue }
            let h = 1e-6 * max(1, abs(arrow.x), abs(arrow.y)) / norm
            let ahead = frame.point(arrow.x + arrow.dx * h, arrow.y + arrow.dy * h)
            let dx = ahead.x - c.x, dy = ahead.y - c.y, d = hypot(dx, dy)
            guard c.x.isFinite, c.y.isFinite, d.isFinite, d > 0 else { continue }
            let ux = dx / d, uy = dy / d
            let tail = Point(c.x - ux * length / 2, c.y - uy * length / 2)
            let tip = Point(c.x + ux * length / 2, c.y + uy * length / 2)
            shafts.addLine(tail, Point(tip.x - ux * head * 0.7, tip.y - uy * head * 0.7))
            heads.append(MarkerPath.arrowhead(tip: tip, dx: ux, dy: uy, length: head, width: head * 0.8))
        }
        let color = marks.theme.foreground.withAlpha(0.38)
        return .group(SceneGroup("gradient-field", clip: frame.plot, children: [
            .shape(ShapeItem(shafts, stroke: StrokeStyle(color: color, width: 0.8 * u))),
            .shape(ShapeItem(heads, fill: color)),
        ]))
    }
}
