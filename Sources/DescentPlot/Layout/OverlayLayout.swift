import DescentScene
import Foundation

/// Draws a panel's overlays, clipped to the plot: arrows with a head sized to the line (shorter
/// arrows get smaller heads, so a tiny step still reads as an arrow) and outlines, each over a
/// light casing so it stays visible on contour bands.
struct OverlayLayout {
    let marks: Marks

    /// The overlays as one group, or nil when there are none.
    func node(_ overlays: [Overlay], in frame: PanelFrame) -> SceneNode? {
        guard !overlays.isEmpty else { return nil }
        let u = marks.typography.unit
        var nodes: [SceneNode] = []
        for overlay in overlays {
            let width = marks.lineWidth * overlay.width
            let stroke = StrokeStyle(color: overlay.color, width: width, dash: overlay.dash.map { $0 * u })
            let casing = StrokeStyle(color: marks.theme.panelBackground.withAlpha(0.8), width: width + 2.2 * u)
            switch overlay.shape {
            case let .arrow(x0, y0, x1, y1):
                let a = frame.point(x0, y0), end = frame.point(x1, y1)
                let full = hypot(end.x - a.x, end.y - a.y), inset = min(overlay.endInset * u, 0.3 * full)
                guard a.x.isFinite, a.y.isFinite, full.isFinite, full - inset > 0.5 * u else { continue }
                let ux = (end.x - a.x) / full, uy = (end.y - a.y) / full, d = full - inset
                let b = Point(a.x + ux * d, a.y + uy * d)
                let head = min(9 * u, max(4 * u, 0.4 * d)) * (0.8 + 0.2 * overlay.width)
                var shaft = Path()
                shaft.addLine(a, Point(b.x - ux * head * 0.8, b.y - uy * head * 0.8))
                let tip = MarkerPath.arrowhead(tip: b, dx: ux, dy: uy, length: head, width: head * 0.85)
                let under: [SceneNode] = overlay.cased ? [
                    .shape(ShapeItem(shaft, stroke: casing)),
                    .shape(ShapeItem(tip, stroke: StrokeStyle(color: casing.color, width: 1.6 * u, join: .miter))),
                ] : []
                nodes.append(.group(SceneGroup("overlay.\(overlay.id)", children: under + [
                    .shape(ShapeItem(shaft, stroke: stroke)),
                    .shape(ShapeItem(tip, fill: overlay.color)),
                ])))
            case let .polyline(xs, ys, closed):
                let points = zip(xs, ys).map { frame.point($0, $1) }.filter { $0.x.isFinite && $0.y.isFinite }
                guard points.count > 1 else { continue }
                let path = Path(polyline: points, closed: closed)
                var children: [SceneNode] = []
                if closed, overlay.fillOpacity > 0 { children.append(.shape(ShapeItem(path, fill: overlay.color.withAlpha(overlay.fillOpacity)))) }
                if overlay.cased { children.append(.shape(ShapeItem(path, stroke: casing))) }
                children.append(.shape(ShapeItem(path, stroke: stroke)))
                nodes.append(.group(SceneGroup("overlay.\(overlay.id)", children: children)))
            }
        }
        return .group(SceneGroup("overlays", clip: frame.plot, children: nodes))
    }
}
