import DescentScene

extension Marks {
    /// The mark of a critical point: a minimum as a star, a saddle as an x over a halo, a maximum
    /// as a triangle; `size` scales it (0.5 in a crowd), `fill` colors the star and triangle
    /// (default: the panel background, so they read as hollow).
    func criticalPoint(_ kind: MarkedPoint.Kind, at p: Point, size k: Double = 1, fill: Color? = nil) -> [SceneNode] {
        let u = typography.unit
        let outline = StrokeStyle(color: theme.foreground, width: 1.0 * u, join: .miter)
        let color = fill ?? theme.panelBackground
        switch kind {
        case .minimum:
            return [.shape(ShapeItem(MarkerPath.star(at: p, outer: 7 * k * u, inner: 3.1 * k * u), fill: color, stroke: outline))]
        case .saddle:
            let x = MarkerPath.xMark(at: p, radius: 4 * k * u)
            return [
                .shape(ShapeItem(x, stroke: StrokeStyle(color: theme.panelBackground.withAlpha(0.9), width: 4 * u))),
                .shape(ShapeItem(x, stroke: StrokeStyle(color: theme.foreground, width: 1.6 * u))),
            ]
        case .maximum:
            let triangle = MarkerPath.regularPolygon(at: Point(p.x, p.y + 1.2 * u), radius: 5.5 * k * u, corners: 3)
            return [.shape(ShapeItem(triangle, fill: color, stroke: outline))]
        }
    }
}
