import DescentLesson
import DescentNumerics
import DescentPlot

/// Builds the LR range test panel (Smith 2017; fastai's `lr_find`): for each run, the loss after
/// step `k` against the rate `lr_k` that step used, `(lr_k, f(p_k))` for `k = 1 ... n`, on a log
/// rate axis (log loss unless `log: false`; `f - f*` where the surface's minimum is not 0). The
/// lowest loss is ringed and labelled with its rate; a run that diverged ends with an x at the
/// rate of the step that blew up. Useful with schedule `lr_range_test`, whose rate rises
/// exponentially, so equal distances on the axis are equal numbers of steps.
enum LRRangeBuilder {
    /// The builder of `lr-range` figures.
    static let figureBuilder = FigureBuilder(FigureKind.lrRange.name) { request, context in
        FigureContent(layout: .panel(.lines(panel(request, context: context))), legend: context.legend(for: context.runs(for: request)))
    }

    /// The curve of one run: `(lr_k, f(p_k) - shift)` for every step taken.
    static func curve(_ trajectory: Trajectory, shift: Double) -> (xs: [Double], ys: [Double]) {
        let n = trajectory.stepCount
        return (Array(trajectory.learningRates.prefix(n)), trajectory.losses.dropFirst().prefix(n).map { $0 - shift })
    }

    static func panel(_ request: FigureRequest, context: FigureContext) -> LinePanel {
        let log = request.flag("log")
        let shift = log ? LossPanelBuilder.floor(context.surface) : 0
        var series: [LineSeries] = [], points: [PointMarker] = []
        for run in context.runs(for: request) {
            let t = run.trajectory, style = context.styles[run.id]
            let (xs, ys) = curve(t, shift: shift)
            let diverged = t.divergence.flatMap { d in d.step - 1 < t.learningRates.count ? t.learningRates[d.step - 1] : nil }
            series.append(LineSeries(id: run.id, style: style, xs: xs, ys: ys, divergedAt: diverged))
            if let i = ys.indices.filter({ ys[$0].isFinite && (!log || ys[$0] > 0) }).min(by: { ys[$0] < ys[$1] }) {
                points.append(PointMarker(x: xs[i], y: ys[i], label: "\(context.diagramWords.lowestLoss) η=\(LearningRateLabel.text(xs[i]))", color: style.color))
            }
        }
        return LinePanel(
            title: context.text(request.title) ?? context.diagramWords.rangeTitle, xLabel: context.diagramWords.rangeAxis, xQuantity: .learningRate,
            yLabel: shift == 0 ? context.words.lossAxis : context.words.lossAboveMinimumAxis, xScale: .logarithmic, yScale: log ? .logarithmic : .linear,
            series: series, pointMarkers: points
        )
    }
}
