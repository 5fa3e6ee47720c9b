import DescentLesson
import DescentNumerics
import DescentPlot

/// Builds the LR range test panel (Smith 2017; fastai's `lr_find`): for each run, the loss after
/// step `k` against the rate `lr_k` that step used, `(lr_k, f(p_k))` for `k = 1 ... n`, on a log
/// rate axis (log loss unless `log: false`). The loss itself is shown, not `f - f*`: the test is
/// for problems whose minimum is unknown, and its floor is part of the picture. The
/// lowest loss is ringed and labelled with its rate; a run that diverged ends with an x at the
/// rate of the step that blew up. Useful with schedule `lr_range_test`, whose rate rises
/// exponentially, so equal distances on the axis are equal numbers of steps.
enum LRRangeBuilder {
    /// The builder of `lr-range` figures.
    static let figureBuilder = FigureBuilder(FigureKind.lrRange.name) { request, context in
        FigureContent(layout: .panel(.lines(panel(request, context: context))), legend: context.legend(for: context.runs(for: request)))
    }

    /// The curve of one run: `(lr_k, f(p_k))` for every step `k` taken.
    static func curve(_ trajectory: Trajectory) -> (xs: [Double], ys: [Double]) {
        let n = trajectory.stepCount
        return (Array(trajectory.learningRates.prefix(n)), Array(trajectory.losses.dropFirst().prefix(n)))
    }

    static func panel(_ request: FigureRequest, context: FigureContext) -> LinePanel {
        let log = request.flag("log")
        var series: [LineSeries] = [], points: [PointMarker] = []
        for run in context.runs(for: request) {
            let t = run.trajectory, style = context.styles[run.id]
            let (xs, ys) = curve(t)
            let diverged = t.divergence.flatMap { d in d.step - 1 < t.learningRates.count ? t.learningRates[d.step - 1] : nil }
            series.append(LineSeries(id: run.id, style: style, xs: xs, ys: ys, divergedAt: diverged))
            if let i = ys.indices.filter({ ys[$0].isFinite && (!log || ys[$0] > 0) }).min(by: { ys[$0] < ys[$1] }) {
                points.append(PointMarker(x: xs[i], y: ys[i], label: "\(context.diagramWords.lowestLoss) η=\(LearningRateLabel.text(xs[i]))", color: style.color))
            }
        }
        return LinePanel(
            title: context.text(request.title) ?? context.diagramWords.rangeTitle, xLabel: context.diagramWords.rangeAxis, xQuantity: .learningRate,
            yLabel: context.words.lossAxis, xScale: .logarithmic, yScale: log ? .logarithmic : .linear,
            series: series, pointMarkers: points
        )
    }
}
