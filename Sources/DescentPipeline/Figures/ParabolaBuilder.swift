import DescentLesson
import DescentNumerics
import DescentPlot

/// Builds the parabola panel: the surface along x at the first run's start height,
/// `f(x, y_0)`, as a curve over the domain's x; each run's iterates `(x_t, f(x_t, y_t))` as
/// markers on it; and its first `arrows` steps as arrows from iterate to iterate. On
/// `f(x) = a x^2 / 2`, SGD's `x_{t+1} = (1 - lr a) x_t`: the arrows creep toward the minimum for
/// `lr < 1/a`, bounce across it and shrink for `1/a < lr < 2/a`, and bounce outward beyond `2/a`.
enum ParabolaBuilder {
    /// The builder of `parabola` figures.
    static let figureBuilder = FigureBuilder(FigureKind.parabola.name) { request, context in
        FigureContent(layout: .panel(.lines(panel(request, context: context))), legend: context.legend(for: context.runs(for: request)))
    }

    /// Samples of the curve.
    static let samples = 401

    static func panel(_ request: FigureRequest, context: FigureContext) -> LinePanel {
        let runs = context.runs(for: request)
        let y0 = runs.first?.trajectory.points.first?.y ?? 0
        let xs = context.domain.x, surface = context.surface
        let curveXs = (0..<samples).map { xs.lowerBound + (xs.upperBound - xs.lowerBound) * Double($0) / Double(samples - 1) }
        var series = [LineSeries(id: "curve", style: SeriesStyle(color: context.theme.mutedForeground), xs: curveXs, ys: curveXs.map { surface.value(at: Vec2($0, y0)) })]
        var overlays: [Overlay] = []
        let arrows = request.integer("arrows") ?? 0
        for run in runs {
            let t = run.trajectory, style = context.styles[run.id]

            var iterates = LineSeries(id: run.id, style: style, xs: t.points.map(\.x), ys: t.losses, divergedAt: nil, showsPoints: true)
            iterates.showsLine = false
            series.append(iterates)
            for k in 0..<min(arrows, t.stepCount) {
                var arrow = Overlay(
                    id: "\(run.id).step.\(k + 1)",
                    shape: .arrow(x0: t.points[k].x, y0: t.losses[k], x1: t.points[k + 1].x, y1: t.losses[k + 1]),
                    color: style.color, width: 0.8
                )
                // The tip stops short of the next iterate's marker (6.5 pt across at a 12 pt base size).
                arrow.endInset = 4.5
                overlays.append(arrow)
            }
        }
        var panel = LinePanel(
            title: context.text(request.title) ?? context.diagramWords.parabolaTitle, xLabel: "x", xQuantity: .other,
            yLabel: "f(x)", yScale: request.flag("log") ? .logarithmic : .linear, xDomain: xs, series: series
        )
        panel.overlays = overlays
        return panel
    }
}
