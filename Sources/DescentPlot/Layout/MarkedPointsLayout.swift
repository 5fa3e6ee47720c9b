import DescentScene

/// Draws critical points: minima as stars, saddles as x marks, maxima as triangles, each with its
/// label; shared by every map panel.
struct MarkedPointsLayout {
    let marks: Marks

    /// The points inside the plot; `fill(i)` colors point `i`'s marker (nil: the panel background).
    func node(_ points: [MarkedPoint], in frame: PanelFrame, fill: (Int) -> Color? = { _ in nil }) -> SceneNode {
        let theme = marks.theme, u = marks.typography.unit
        let outline = StrokeStyle(color: theme.foreground, width: 1.0 * u, join: .miter)
        var nodes: [SceneNode] = []
        for (i, point) in points.enumerated() {
            let p = frame.point(point.x, point.y)
            guard p.x.isFinite, p.y.isFinite, p.x >= frame.plot.minX, p.x <= frame.plot.maxX,
                  p.y >= frame.plot.minY, p.y <= frame.plot.maxY else { continue }
            let color = fill(i) ?? theme.panelBackground
            switch point.kind {
            case .minimum:
                nodes.append(.shape(ShapeItem(MarkerPath.star(at: p, outer: 7 * u, inner: 3.1 * u), fill: color, stroke: outline)))
            case .saddle:
                let x = MarkerPath.xMark(at: p, radius: 4 * u)
                nodes.append(.shape(ShapeItem(x, stroke: StrokeStyle(color: theme.panelBackground.withAlpha(0.9), width: 4 * u))))
                nodes.append(.shape(ShapeItem(x, stroke: StrokeStyle(color: theme.foreground, width: 1.6 * u))))
            case .maximum:
                nodes.append(.shape(ShapeItem(MarkerPath.regularPolygon(at: Point(p.x, p.y + 1.2 * u), radius: 5.5 * u, corners: 3), fill: color, stroke: outline)))
            }
            if let label = point.label, !label.isEmpty {
                nodes.append(marks.annotation(label, near: p, in: frame.plot, color: theme.foreground))
            }
        }
        return .group(SceneGroup("marked-points", children: nodes))
    }
}
