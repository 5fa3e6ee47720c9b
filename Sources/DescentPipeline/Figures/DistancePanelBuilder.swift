import DescentLesson
import DescentNumerics
import DescentPlot
import Foundation

/// Builds the distance panel: each run's distance to the nearest known minimum,
/// `d_t = min_i |p_t - m_i|`, against step (log by default); a seed ensemble as its median and
/// 10-90 % band.
enum DistancePanelBuilder {
    /// The builder of `distance` figures.
    static let figureBuilder = FigureBuilder(FigureKind.distance.name) { request, context in
        FigureContent(layout: .panel(.lines(panel(request, context: context))), legend: context.legend(for: context.runs(for: request)))
    }

    static func panel(_ request: FigureRequest, context: FigureContext) -> LinePanel {
        let minima = context.surface.minima.map(\.point)
        let curves = minima.isEmpty ? [] : context.runs(for: request).map { run in
            EnsembleCurves.curve(run, style: context.styles[run.id], per: 1) { t in
                t.points.map { p in minima.map { m in hypot(p.x - m.x, p.y - m.y) }.min() ?? .nan }
            }
        }
        let series = curves.map(\.series), bands = curves.compactMap(\.band)
        return LinePanel(
            title: context.text(request.title) ?? context.words.distanceTitle, xLabel: context.words.step,
            yLabel: "‖x<sub>t</sub> − x*‖", yScale: request.flag("log") ? .logarithmic : .linear,
            series: series, bands: bands, note: minima.isEmpty ? "the surface has no known minimum" : nil
        )
    }
}
