import DescentScene

/// Draws the extras of a line panel: thin labelled vertical markers, highlighted or diverged
/// points, and a corner note.
struct LineMarkersLayout {
    let marks: Marks

    /// At most this many vertical markers are labelled; the rest are drawn as lines only.
    static let maxLabels = 12

    /// Dotted vertical lines across the plot with small labels along the top, placed left to
    /// right and stacked a row lower where they would overlap the previous label.
    func verticalMarkers(_ markers: [VerticalMarker], in frame: PanelFrame) -> SceneNode {
        let u = marks.typography.unit, plot = frame.plot
        var nodes: [SceneNode] = []
        var style = marks.typography.annotation
        style.size *= 0.95
        let rowHeight = marks.measurer.measure("Ag", markup: false, style: style).height
        var rowEnds: [Double] = []
        let labelled = markers.filter { !$0.label.isEmpty }.count <= Self.maxLabels
        for marker in markers.sorted(by: { $0.x < $1.x }) {
            let x = frame.x(marker.x)
            guard x.isFinite, x >= plot.minX - 0.5, x <= plot.maxX + 0.5 else { continue }
            let color = marker.color ?? marks.theme.mutedForeground
            var line = Path()
            line.addLine(Point(x, plot.minY), Point(x, plot.maxY))
            nodes.append(.shape(ShapeItem(line, stroke: StrokeStyle(color: color.withAlpha(0.8), width: 0.9 * u, dash: [2.5 * u, 2 * u], cap: .butt))))
            guard labelled, !marker.label.isEmpty else { continue }
            let width = marks.measurer.measure(marker.label, markup: true, style: style).width
            let left = min(x + 3 * u, plot.maxX - width - 2 * u)
            let row = rowEnds.firstIndex { $0 < left } ?? rowEnds.count
            if row == rowEnds.count { rowEnds.append(0) }
            rowEnds[row] = left + width + 4 * u
            var text = style
            text.color = color
            nodes.append(.text(TextItem(marker.label, markup: true, at: Point(left, plot.minY + 2 * u + Double(row) * rowHeight), horizontal: .leading, vertical: .top, style: text, halo: marks.theme.panelBackground.withAlpha(0.85))))
        }
        return .group(SceneGroup("markers", children: nodes))
    }

    /// Rings with labels at highlighted points; x marks along the top edge for diverged ones.
    func pointMarkers(_ markers: [PointMarker], in frame: PanelFrame) -> SceneNode {
        let u = marks.typography.unit, plot = frame.plot
        var nodes: [SceneNode] = []
        for marker in markers {
            switch marker.kind {
            case .highlight:
                let p = frame.point(marker.x, marker.y)
                guard p.x.isFinite, p.y.isFinite, plot.contains(p) else { continue }
                let ring = Path(circleAt: p, radius: 6.5 * u)
                nodes.append(.shape(ShapeItem(ring, stroke: StrokeStyle(color: marks.theme.panelBackground.withAlpha(0.9), width: 3.5 * u))))
                nodes.append(.shape(ShapeItem(ring, stroke: StrokeStyle(color: marker.color, width: 1.8 * u))))
                if !marker.label.isEmpty { nodes.append(marks.annotation(marker.label, near: p, in: plot, color: marker.color, weight: .bold)) }
            case .divergedAtTop:
                let x = frame.x(marker.x)
                guard x.isFinite, x >= plot.minX - 0.5, x <= plot.maxX + 0.5 else { continue }
                let p = Point(x, plot.minY + 6 * u)
                nodes += marks.divergedMark(at: p, color: marker.color)
                if !marker.label.isEmpty { nodes.append(marks.annotation(marker.label, near: p, in: plot, color: marker.color)) }
            }
        }
        return .group(SceneGroup("point-markers", children: nodes))
    }

    /// A short muted note in the plot's bottom-right corner (the top edge holds the x marks of
    /// diverged rates), or nil.
    func note(_ text: String?, in frame: PanelFrame) -> SceneNode? {
        guard let text, !text.isEmpty else { return nil }
        let u = marks.typography.unit
        var style = marks.typography.annotation
        style.color = marks.theme.mutedForeground
        style.italic = true
        return .group(SceneGroup("note", children: [
            .text(TextItem(text, markup: true, at: Point(frame.plot.maxX - 4 * u, frame.plot.maxY - 4 * u), horizontal: .trailing, vertical: .bottom, style: style, halo: marks.theme.panelBackground.withAlpha(0.85))),
        ]))
    }
}
