import DescentLesson
import DescentNumerics
import DescentPlot
import DescentScene

/// Builds the outcome figure: for each ending (a known minimum of the surface, lowest first and
/// named by its value `f = −1.91`, then "diverged"), one bar per run, as high as the fraction of the run's members
/// (``RunResult/members``, every start and seed) that end there (``EnsembleOutcome``). Endings no
/// member reaches are left out.
enum OutcomePanelBuilder {
    /// The builder of `outcome` figures.
    static let figureBuilder = FigureBuilder(FigureKind.outcome.name) { request, context in
        let runs = context.runs(for: request)
        return FigureContent(layout: .panel(.lines(panel(request, context: context))), legend: context.legend(for: runs))
    }

    /// The width of one category that the bars of all runs share.
    static let groupWidth = 0.8

    static func panel(_ request: FigureRequest, context: FigureContext) -> LinePanel {
        let runs = context.runs(for: request)
        let minima = context.surface.minima.sorted { $0.value < $1.value }
        let endings = runs.map { run in run.members.joined().map { EnsembleOutcome.of($0, minima: minima) } }
        var categories: [EnsembleOutcome] = minima.map(EnsembleOutcome.minimum) + [.diverged]
        categories.removeAll { category in !endings.contains { $0.contains(category) } }
        let words = context.words
        let width = groupWidth / Double(max(1, runs.count))
        var bands: [LineBand] = []
        for (r, run) in runs.enumerated() {
            let total = Double(max(1, endings[r].count))
            for (c, category) in categories.enumerated() {
                let fraction = Double(endings[r].filter { $0 == category }.count) / total
                let left = Double(c) - groupWidth / 2 + Double(r) * width
                bands.append(LineBand(
                    id: "\(run.id).\(c)", color: context.styles[run.id].color, opacity: 0.85,
                    xs: [left + width * 0.08, left + width * 0.92], lows: [0, 0], highs: [fraction, fraction]
                ))
            }
        }
        let ticks = categories.enumerated().map { index, category -> Tick in
            switch category {
            case .minimum(let m):
                return Tick(value: Double(index), label: "f = \(short(m.value))")
            case .diverged, .unknown:
                return Tick(value: Double(index), label: words.outcome.diverged)
            }
        }
        let members = runs.map { $0.members.joined().count }.max() ?? 0
        return LinePanel(
            title: context.text(request.title) ?? words.outcome.title.replacingOccurrences(of: "{n}", with: String(members)), xLabel: words.outcome.category,
            xQuantity: .other, yLabel: words.outcome.axis, xDomain: -0.5...(Double(max(1, categories.count)) - 0.5), xTicks: ticks,
            // An invisible curve from 0 to 1 holds the fraction axis at 0...1 whatever the bars.
            series: [LineSeries(id: "outcome.top", style: SeriesStyle(color: context.theme.mutedForeground.withAlpha(0)), xs: [-0.5, -0.5], ys: [0, 1])],
            bands: bands, note: minima.isEmpty ? "the surface has no known minimum" : nil
        )
    }

    /// `1.16`, `−0.58`: two decimals with a true minus sign.
    static func short(_ value: Double) -> String {
        let text = String(format: "%.2f", value)
        return text.hasPrefix("-") ? "−" + text.dropFirst() : text
    }
}
