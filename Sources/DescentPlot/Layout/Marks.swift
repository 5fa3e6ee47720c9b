import DescentScene

/// The small shapes that annotate data, shared by every panel so a run looks the same everywhere:
/// run markers, the diverged mark and haloed annotation text.
struct Marks {
    let theme: Theme
    let typography: Typography
    let measurer: any TextMeasuring

    /// Width of a run's line.
    var lineWidth: Double { 1.7 * typography.unit }
    /// Nominal size of a run's marker.
    var markerSize: Double { 8 * typography.unit }

    /// A run's filled marker with a thin outline in the panel background color.
    func marker(_ shape: MarkerShape, at p: Point, style: SeriesStyle, size: Double? = nil) -> SceneNode {
        .shape(ShapeItem(
            MarkerPath.path(shape, at: p, size: size ?? markerSize), fill: style.color,
            stroke: StrokeStyle(color: theme.panelBackground, width: 0.9 * typography.unit, join: .miter)
        ))
    }

    /// A hollow circle: where a run starts.
    func startMarker(at p: Point, style: SeriesStyle) -> SceneNode {
        .shape(ShapeItem(
            Path(circleAt: p, radius: 3.6 * typography.unit), fill: theme.panelBackground,
            stroke: StrokeStyle(color: style.color, width: 1.5 * typography.unit)
        ))
    }

    /// A bold x in the run's color over a halo: where a run diverged.
    func divergedMark(at p: Point, color: Color) -> [SceneNode] {
        let r = 4.2 * typography.unit, path = MarkerPath.xMark(at: p, radius: r)
        return [
            .shape(ShapeItem(path, stroke: StrokeStyle(color: theme.panelBackground.withAlpha(0.9), width: 5 * typography.unit))),
            .shape(ShapeItem(path, stroke: StrokeStyle(color: color, width: 2.2 * typography.unit))),
        ]
    }

    /// The stroke of a run's line.
    func lineStroke(_ style: SeriesStyle) -> StrokeStyle {
        StrokeStyle(color: style.color, width: lineWidth, dash: style.dash.map { $0 * typography.unit })
    }

    /// The light casing drawn under a run's line so it reads over contour bands.
    var casingStroke: StrokeStyle {
        StrokeStyle(color: theme.panelBackground.withAlpha(0.85), width: lineWidth * 2.3)
    }

    /// A short annotation next to `anchor`, kept inside `bounds`: to the right and below when there
    /// is room, flipped left or above when not.
    func annotation(_ text: String, near anchor: Point, in bounds: Rect, color: Color? = nil, weight: TextStyle.Weight = .regular) -> SceneNode {
        var style = typography.annotation
        style.weight = weight
        if let color { style.color = color }
        let extent = measurer.measure(text, markup: true, style: style)
        let gap = 6 * typography.unit, pad = 3 * typography.unit
        var x = anchor.x + gap
        if x + extent.width > bounds.maxX - pad { x = anchor.x - gap - extent.width }
        x = max(bounds.minX + pad, x)
        var top = anchor.y + gap * 0.6
        if top + extent.height > bounds.maxY - pad { top = anchor.y - gap * 0.6 - extent.height }
        top = max(bounds.minY + pad, top)
        return .text(TextItem(text, markup: true, at: Point(x, top), horizontal: .leading, vertical: .top, style: style, halo: theme.panelBackground.withAlpha(0.85)))
    }
}
