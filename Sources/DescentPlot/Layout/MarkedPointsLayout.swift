import DescentScene

/// Draws critical points: minima as stars, saddles as x marks, maxima as triangles, each with its
/// label; shared by every map panel. In a crowd (more than `crowd` points, such as Rastrigin's
/// grid of minima) unlabelled points are drawn at half size so they do not hide the paths.
struct MarkedPointsLayout {
    let marks: Marks

    /// More points than this count as a crowd.
    static let crowd = 12

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
            let k = points.count > Self.crowd && (point.label ?? "").isEmpty ? 0.5 : 1
            switch point.kind {
            case .minimum:
                nodes.append(.shape(ShapeItem(MarkerPath.star(at: p, outer: 7 * k * u, inner: 3.1 * k * u), fill: color, stroke: outline)))
            case .saddle:
                let x = MarkerPath.xMark(at: p, radius: 4 * k * u)
                nodes.append(.shape(ShapeItem(x, stroke: StrokeStyle(color: theme.panelBackground.withAlpha(0.9), width: 4 * u))))
                nodes.append(.shape(ShapeItem(x, stroke: StrokeStyle(color: theme.foreground, width: 1.6 * u))))
            case .maximum:
                nodes.append(.shape(ShapeItem(MarkerPath.regularPolygon(at: Point(p.x, p.y + 1.2 * u), radius: 5.5 * k * u, corners: 3), fill: color, stroke: outline)))
            }
            if let label = point.label, !label.isEmpty {
                nodes.append(marks.annotation(label, near: p, in: frame.plot, color: theme.foreground))
            }
        }
        return .group(SceneGroup("marked-points", children: nodes))
    }
}
