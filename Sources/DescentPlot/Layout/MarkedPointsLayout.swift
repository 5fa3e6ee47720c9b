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
        let theme = marks.theme
        var nodes: [SceneNode] = []
        for (i, point) in points.enumerated() {
            let p = frame.point(point.x, point.y)
            guard p.x.isFinite, p.y.isFinite, p.x >= frame.plot.minX, p.x <= frame.plot.maxX,
                  p.y >= frame.plot.minY, p.y <= frame.plot.maxY else { continue }
            let k = points.count > Self.crowd && (point.label ?? "").isEmpty ? 0.5 : 1
            nodes += marks.criticalPoint(point.kind, at: p, size: k, fill: fill(i))
            if let label = point.label, !label.isEmpty {
                nodes.append(marks.annotation(label, near: p, in: frame.plot, color: theme.foreground))
            }
        }
        return .group(SceneGroup("marked-points", children: nodes))
    }
}
