import DescentScene

/// Lays out the figure's one legend: for each run a short line sample in its color and dash with
/// its marker in the middle (for a key, the line alone, the marker alone or a line ending in an
/// arrowhead), then its label;
/// entries flow left to right and wrap onto new rows.
struct LegendLayout {
    let marks: Marks
    let measurer: any TextMeasuring

    /// The legend for `entries` starting at (`x`, `top`) within `width`, and its height.
    func layout(_ entries: [LegendEntry], x: Double, top: Double, width: Double) -> (node: SceneNode, height: Double) {
        let u = marks.typography.unit, style = marks.typography.legend
        let sample = 26 * u, sampleGap = 6 * u, entryGap = 20 * u, rowGap = 4 * u
        let rowHeight = max(measurer.measure("Ag", markup: false, style: style).height, 11 * u)
        var children: [SceneNode] = []
        var cursor = x, row = 0
        for entry in entries {
            let labelWidth = measurer.measure(entry.label, markup: true, style: style).width
            let entryWidth = sample + sampleGap + labelWidth
            if cursor > x, cursor + entryWidth > x + width {
                cursor = x
                row += 1
            }
            let midY = top + Double(row) * (rowHeight + rowGap) + rowHeight / 2
            let start = Point(cursor, midY), end = Point(cursor + sample, midY)
            var lineStroke = marks.lineStroke(entry.style)
            lineStroke.cap = .butt
            let drawn: [SceneNode]
            switch entry.sample {
            case .lineWithMarker:
                drawn = [
                    .shape(ShapeItem(Path(polyline: [start, end]), stroke: lineStroke)),
                    marks.marker(entry.style.marker, at: Point(cursor + sample / 2, midY), style: entry.style, size: 7.5 * u),
                ]
            case .line:
                drawn = [.shape(ShapeItem(Path(polyline: [start, end]), stroke: lineStroke))]
            case .marker:
                drawn = [marks.marker(entry.style.marker, at: Point(cursor + sample / 2, midY), style: entry.style, size: 7.5 * u)]
            case .arrow(let weight):
                lineStroke.width *= weight
                let head = 7 * u * (0.8 + 0.2 * weight)
                drawn = [
                    .shape(ShapeItem(Path(polyline: [start, Point(end.x - head * 0.8, midY)]), stroke: lineStroke)),
                    .shape(ShapeItem(MarkerPath.arrowhead(tip: end, dx: 1, dy: 0, length: head, width: head * 0.85), fill: entry.style.color)),
                ]
            }
            children.append(.group(SceneGroup("legend.entry.\(entry.id)", children: drawn + [
                .text(TextItem(entry.label, markup: true, at: Point(cursor + sample + sampleGap, midY), horizontal: .leading, vertical: .center, style: style)),
            ])))
            cursor += entryWidth + entryGap
        }
        let height = entries.isEmpty ? 0 : Double(row + 1) * rowHeight + Double(row) * rowGap
        return (.group(SceneGroup("legend", children: children)), height)
    }
}
