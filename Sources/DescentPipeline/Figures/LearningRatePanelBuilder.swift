import DescentLesson
import DescentNumerics
import DescentPlot

/// Builds the learning-rate panel: the rate against step or epoch (`per`), linear or log (`log`),
/// with the events the schedules reported marked (see `ScheduleEvents`).
enum LearningRatePanelBuilder {
    /// The builder of `lr` figures.
    static let figureBuilder = FigureBuilder(FigureKind.lr.name) { request, context in
        FigureContent(layout: .panel(.lines(panel(request, context: context))), legend: context.legend(for: context.runs(for: request)))
    }

    static func panel(_ request: FigureRequest, context: FigureContext) -> LinePanel {
        let perEpoch = request.text("per") == "epoch"
        var series: [LineSeries] = []
        let runs = context.runs(for: request)
        for run in runs {
            let t = run.trajectory, per = perEpoch ? Double(max(1, run.stepsPerEpoch)) : 1
            let style = context.styles[run.id]
            var curve = LineSeries(
                id: run.id, style: style, xs: t.learningRates.indices.map { Double($0) / per },
                ys: t.learningRates, divergedAt: t.divergence.map { Double($0.step) / per }
            )
            curve.marksEnd = true
            series.append(curve)
        }
        let markers = ScheduleEvents.verticalMarkers(runs, context: context) { perEpoch ? Double(max(1, $0.stepsPerEpoch)) : 1 }
        return LinePanel(
            title: context.text(request.title) ?? context.words.learningRateTitle, xLabel: perEpoch ? context.words.epoch : context.words.step, xQuantity: perEpoch ? .epoch : .step,
            yLabel: context.words.learningRateAxis + " η", yScale: request.flag("log") ? .logarithmic : .linear,
            series: series, verticalMarkers: markers
        )
    }
}
