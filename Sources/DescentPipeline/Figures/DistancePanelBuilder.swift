import DescentLesson
import DescentNumerics
import DescentPlot
import Foundation

/// Builds the distance panel: each run's distance to the nearest known minimum,
/// `d_t = min_i |p_t - m_i|`, against step (log by default).
enum DistancePanelBuilder {
    /// The builder of `distance` figures.
    static let figureBuilder = FigureBuilder(FigureKind.distance.name) { request, context in
        FigureContent(layout: .panel(.lines(panel(request, context: context))), legend: context.legend(for: context.runs(for: request)))
    }

    static func panel(_ request: FigureRequest, context: FigureContext) -> LinePanel {
        let minima = context.surface.minima.map(\.point)
        let series: [LineSeries] = minima.isEmpty ? [] : context.runs(for: request).map { run in
            let t = run.trajectory
            return LineSeries(
                id: run.id, style: context.styles[run.id], xs: t.points.indices.map(Double.init),
                ys: t.points.map { p in minima.map { m in hypot(p.x - m.x, p.y - m.y) }.min() ?? .nan },
                divergedAt: t.divergence.map { Double($0.step) }
            )
        }
        return LinePanel(
            title: context.text(request.title) ?? context.words.distanceTitle, xLabel: context.words.step,
            yLabel: "‖x<sub>t</sub> − x*‖", yScale: request.flag("log") ? .logarithmic : .linear,
            series: series, note: minima.isEmpty ? "the surface has no known minimum" : nil
        )
    }
}
