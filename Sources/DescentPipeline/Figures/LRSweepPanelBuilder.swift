import DescentLesson
import DescentNumerics
import DescentPlot
import DescentScene
import Foundation

/// Builds the LR range test: for every run group that sweeps `lr`, the final (or best, `metric`)
/// loss against the learning rate (of a seed ensemble: its median-final-loss member's, which for
/// `final` and an odd number of seeds is the median final loss, over the 10-90 % band of the
/// members' values) on log-log axes (log y unless `log: false`), the best rate of
/// each group ringed and labelled, and rates whose run diverged shown as x marks at the top edge.
enum LRSweepPanelBuilder {
    /// The builder of `lr-sweep` figures.
    static let figureBuilder = FigureBuilder(FigureKind.lrSweep.name) { request, context in
        let built = panel(request, context: context)
        return FigureContent(layout: .panel(.lines(built.panel)), legend: built.legend)
    }

    /// One swept group: its id, its runs in sweep order and the style it is drawn in.
    struct Group {
        var id: String
        var runs: [RunResult]
        var style: SeriesStyle

        /// What the group's runs' labels in `language` share, up to the last ", " or " (" before
        /// they differ ("B = 2" from "B = 2, η = 0.01" and "B = 2, η = 0.1"), or the group id.
        func label(in language: String) -> String {
            let labels = runs.map { $0.label(in: language) }
            guard var prefix = labels.first, labels.count > 1 else { return id }
            for label in labels.dropFirst() {
                prefix = String(prefix.commonPrefix(with: label))
            }
            let cut = [", ", " ("].compactMap { prefix.range(of: $0, options: .backwards)?.lowerBound }.max()
            let shared = cut.map { String(prefix[..<$0]) } ?? ""
            return shared.trimmingCharacters(in: .whitespaces).isEmpty ? id : shared
        }
    }

    static func panel(_ request: FigureRequest, context: FigureContext) -> (panel: LinePanel, legend: [LegendEntry]) {
        let log = request.flag("log")
        let best = request.text("metric") == "best"
        let shift = log ? LossPanelBuilder.floor(context.surface) : 0
        var series: [LineSeries] = [], bands: [LineBand] = [], points: [PointMarker] = [], legend: [LegendEntry] = []
        let metric = { (t: Trajectory) -> Double in
            t.divergence != nil ? .infinity : ((best ? t.losses.min() : t.finalLoss) ?? .nan) - shift
        }
        for group in groups(request, context: context) {
            var xs: [Double] = [], ys: [Double] = [], lows: [Double] = [], highs: [Double] = []
            for run in group.runs {
                let t = run.trajectory
                if t.divergence != nil {
                    points.append(PointMarker(x: run.learningRate, y: .nan, label: "", color: group.style.color, kind: .divergedAtTop))
                    continue
                }
                let loss = best ? t.losses.min() : t.finalLoss
                guard let loss, loss.isFinite else { continue }
                xs.append(run.learningRate)
                ys.append(loss - shift)
                let values = run.ensemble.map(metric)
                lows.append(EnsembleStatistics.quantile(values, EnsembleStatistics.band.lower) ?? .nan)
                highs.append(EnsembleStatistics.quantile(values, EnsembleStatistics.band.upper) ?? .nan)
            }
            series.append(LineSeries(id: group.id, style: group.style, xs: xs, ys: ys, showsPoints: true))
            if group.runs.contains(where: \.isEnsemble) {
                bands.append(LineBand(id: group.id, color: group.style.color, xs: xs, lows: lows, highs: highs))
            }
            legend.append(LegendEntry(id: group.id, label: group.label(in: context.language), style: group.style))
            if let i = ys.indices.filter({ !log || ys[$0] > 0 }).min(by: { ys[$0] < ys[$1] }) {
                points.append(PointMarker(x: xs[i], y: ys[i], label: "\(context.words.best) η=\(LearningRateLabel.text(xs[i]))", color: group.style.color))
            }
        }
        let what = best ? context.words.bestLoss : context.words.finalLoss
        let panel = LinePanel(
            title: context.text(request.title) ?? context.words.sweepTitle, xLabel: context.words.sweepAxis, xQuantity: .learningRate,
            yLabel: shift == 0 ? what : "\(what) − f*", xScale: .logarithmic, yScale: log ? .logarithmic : .linear,
            series: series, bands: bands, pointMarkers: points,
            note: series.isEmpty ? "no run sweeps lr (write lr: [0.001, 0.01, 0.1])" : (points.contains { $0.kind == .divergedAtTop } ? context.words.divergedAtTop : nil)
        )
        return (panel, legend)
    }

    /// The groups of runs that sweep `lr`, in lesson order. Group `k` takes the theme's `k`-th
    /// style (its first run's own color if the lesson gives one), so groups never share a color.
    static func groups(_ request: FigureRequest, context: FigureContext) -> [Group] {
        let shown = Set(context.runs(for: request).map(\.id))
        var groups: [Group] = []
        for plan in context.lesson.runs where shown.contains(plan.id) {
            guard let sweep = plan.sweep, sweep.key == "lr", let run = context.runs.first(where: { $0.id == plan.id }) else { continue }
            if let i = groups.firstIndex(where: { $0.id == sweep.group }) {
                groups[i].runs.append(run)
            } else {
                var style = context.theme.seriesStyle(at: groups.count)
                if let color = plan.color { style.color = context.theme.legible(Color(hex: color)) }
                groups.append(Group(id: sweep.group, runs: [run], style: style))
            }
        }
        for i in groups.indices { groups[i].runs.sort { $0.learningRate < $1.learningRate } }
        return groups
    }
}
