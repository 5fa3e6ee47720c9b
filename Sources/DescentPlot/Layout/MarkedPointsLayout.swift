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
        var placer = LabelPlacer(marks: marks, bounds: frame.plot, markers: points.map { frame.point($0.x, $0.y) }, radius: 7 * marks.typography.unit)
        return node(points, in: frame, fill: fill, placer: &placer)
    }

    /// The points inside the plot, their labels placed by `placer` (which should already avoid
    /// their markers).
    func node(_ points: [MarkedPoint], in frame: PanelFrame, fill: (Int) -> Color? = { _ in nil }, placer: inout LabelPlacer) -> SceneNode {
        let theme = marks.theme
        var nodes: [SceneNode] = []
        for (i, point) in points.enumerated() {
            let p = frame.point(point.x, point.y)
            guard p.x.isFinite, p.y.isFinite, p.x >= frame.plot.minX, p.x <= frame.plot.maxX,
                  p.y >= frame.plot.minY, p.y <= frame.plot.maxY else { continue }
            let k = points.count > Self.crowd && (point.label ?? "").isEmpty ? 0.5 : 1
            nodes += marks.criticalPoint(point.kind, at: p, size: k, fill: fill(i))
            if let label = point.label, !label.isEmpty {
                if let text = placer.label(label, near: p, color: theme.foreground) { nodes.append(text) }
            }
        }
        return .group(SceneGroup("marked-points", children: nodes))
    }
}
