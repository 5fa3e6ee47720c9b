import DescentScene

/// Lays out the figure's one legend: for each run a short line sample in its color and dash with
/// its marker in the middle, then its label; entries flow left to right and wrap onto new rows.
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
            let sampleLine = Path(polyline: [Point(cursor, midY), Point(cursor + sample, midY)])
            var lineStroke = marks.lineStroke(entry.style)
            lineStroke.cap = .butt
            children.append(.group(SceneGroup("legend.entry.\(entry.id)", children: [
                .shape(ShapeItem(sampleLine, stroke: lineStroke)),
                marks.marker(entry.style.marker, at: Point(cursor + sample / 2, midY), style: entry.style, size: 7.5 * u),
                .text(TextItem(entry.label, markup: true, at: Point(cursor + sample + sampleGap, midY), horizontal: .leading, vertical: .center, style: style)),
            ])))
            cursor += entryWidth + entryGap
        }
        let height = entries.isEmpty ? 0 : Double(row + 1) * rowHeight + Double(row) * rowGap
        return (.group(SceneGroup("legend", children: children)), height)
    }
}
