import DescentScene

/// Draws a map's formula box: the update rules of the optimizers shown, one line each with a
/// short swatch of the runs' color, on a nearly opaque panel-colored box with a thin frame, in
/// a corner of the plot area chosen so it covers as little of the paths as it can. A box wider
/// than `maximumWidthShare` of the plot area or taller than `maximumHeightShare` of it is left
/// out: on a small panel it would hide the map it explains.
struct FormulaBoxLayout {
    let marks: Marks

    /// The largest share of the plot area's width the box may take.
    static let maximumWidthShare = 0.8
    /// The largest share of the plot area's height the box may take.
    static let maximumHeightShare = 0.5

    /// The box of `lines` in `frame` at `placement`, avoiding `obstacles` (device points of the
    /// paths and marked points) when automatic: its rectangle (for the label placer to avoid)
    /// and its node; nil when there are no lines or the box is left out.
    func layout(_ lines: [FormulaLine], placement: FormulaPlacement, in frame: PanelFrame, avoiding obstacles: [Point]) -> (box: Rect, node: SceneNode)? {
        guard !lines.isEmpty else { return nil }
        let u = marks.typography.unit, style = marks.typography.annotation
        let pad = 4 * u, lineGap = 2 * u, swatch = lines.contains { $0.color != nil } ? 12 * u : 0, swatchGap = swatch > 0 ? 4 * u : 0
        let extents = lines.map { marks.measurer.measure($0.markup, markup: true, style: style) }
        let width = 2 * pad + swatch + swatchGap + (extents.map(\.width).max() ?? 0)
        let height = 2 * pad + extents.map(\.height).reduce(0, +) + lineGap * Double(max(0, lines.count - 1))
        guard width <= Self.maximumWidthShare * frame.plot.width, height <= Self.maximumHeightShare * frame.plot.height else { return nil }
        let inset = 5 * u
        func box(_ corner: FormulaPlacement) -> Rect {
            let p = frame.plot
            let left = corner == .topLeft || corner == .bottomLeft
            let top = corner == .topLeft || corner == .topRight
            return Rect(x: left ? p.minX + inset : p.maxX - inset - width, y: top ? p.minY + inset : p.maxY - inset - height, width: width, height: height)
        }
        let chosen: FormulaPlacement
        if placement == .automatic {
            let covered = { (r: Rect) in obstacles.count { $0.x >= r.minX && $0.x <= r.maxX && $0.y >= r.minY && $0.y <= r.maxY } }
            chosen = FormulaPlacement.corners.min { covered(box($0)) < covered(box($1)) } ?? .topRight
        } else {
            chosen = placement
        }
        let rect = box(chosen)
        var children: [SceneNode] = [.shape(ShapeItem(
            Path(rect: rect), fill: marks.theme.panelBackground.withAlpha(0.9),
            stroke: StrokeStyle(color: marks.theme.axis, width: 0.6 * u, join: .miter)
        ))]
        var top = rect.minY + pad
        for (line, extent) in zip(lines, extents) {
            let mid = top + extent.height / 2
            if let color = line.color {
                var stroke = marks.lineStroke(SeriesStyle(color: color))
                stroke.cap = .butt
                children.append(.shape(ShapeItem(Path(polyline: [Point(rect.minX + pad, mid), Point(rect.minX + pad + swatch, mid)]), stroke: stroke)))
            }
            children.append(.text(TextItem(line.markup, markup: true, at: Point(rect.minX + pad + swatch + swatchGap, top), horizontal: .leading, vertical: .top, style: style)))
            top += extent.height + lineGap
        }
        return (rect, .group(SceneGroup("formulas", children: children)))
    }
}
