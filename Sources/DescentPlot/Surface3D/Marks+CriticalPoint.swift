import DescentScene

extension Marks {
    /// The mark of a critical point: a minimum as a hollow star, a saddle as an x over a halo, a
    /// maximum as a hollow triangle.
    func criticalPoint(_ kind: MarkedPoint.Kind, at p: Point) -> [SceneNode] {
        let u = typography.unit
        let outline = StrokeStyle(color: theme.foreground, width: 1.0 * u, join: .miter)
        switch kind {
        case .minimum:
            return [.shape(ShapeItem(MarkerPath.star(at: p, outer: 7 * u, inner: 3.1 * u), fill: theme.panelBackground, stroke: outline))]
        case .saddle:
            let x = MarkerPath.xMark(at: p, radius: 4 * u)
            return [
                .shape(ShapeItem(x, stroke: StrokeStyle(color: theme.panelBackground.withAlpha(0.9), width: 4 * u))),
                .shape(ShapeItem(x, stroke: StrokeStyle(color: theme.foreground, width: 1.6 * u))),
            ]
        case .maximum:
            return [.shape(ShapeItem(MarkerPath.regularPolygon(at: Point(p.x, p.y + 1.2 * u), radius: 5.5 * u, corners: 3), fill: theme.panelBackground, stroke: outline))]
        }
    }
}
