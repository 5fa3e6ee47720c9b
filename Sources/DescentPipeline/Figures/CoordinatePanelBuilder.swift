import DescentLesson
import DescentNumerics
import DescentPlot

/// Builds the coordinate panel: each run's `x_t` or `y_t` against step (a seed ensemble as its
/// median and 10-90 % band), with the nearest minimum's coordinate on the axis when there is one
/// minimum.
enum CoordinatePanelBuilder {
    /// The builder of `coordinate` figures.
    static let figureBuilder = FigureBuilder(FigureKind.coordinate.name) { request, context in
        FigureContent(layout: .panel(.lines(panel(request, context: context))), legend: context.legend(for: context.runs(for: request)))
    }

    static func panel(_ request: FigureRequest, context: FigureContext) -> LinePanel {
        let axis = request.text("axis") ?? "y"
        let pick: (Vec2) -> Double = axis == "x" ? { $0.x } : { $0.y }
        let curves = context.runs(for: request).map { run in
            EnsembleCurves.curve(run, style: context.styles[run.id], per: 1) { t in t.points.map(pick) }
        }
        return LinePanel(
            title: context.text(request.title) ?? context.words.coordinateTitle.replacingOccurrences(of: "{axis}", with: axis),
            xLabel: context.words.step, yLabel: "\(axis)<sub>t</sub>", yScale: request.flag("log") ? .logarithmic : .linear,
            series: curves.map(\.series), bands: curves.compactMap(\.band)
        )
    }
}
