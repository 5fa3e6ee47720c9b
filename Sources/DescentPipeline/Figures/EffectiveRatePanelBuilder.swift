import DescentLesson
import DescentNumerics
import DescentPlot

/// Builds the effective-rate panel: for each adaptive run (one whose trajectory records
/// `effectiveRates`) the per-parameter step size against step, x solid and y dashed in the run's
/// color; runs with one rate for both parameters are named in a note instead.
enum EffectiveRatePanelBuilder {
    /// The builder of `effective-lr` figures.
    static let figureBuilder = FigureBuilder(FigureKind.effectiveLR.name) { request, context in
        let built = panel(request, context: context)
        return FigureContent(layout: .panel(.lines(built.panel)), legend: context.legend(for: context.runs(for: request)) + built.legend)
    }

    /// The dash of the y curves (points at a 12 pt base size).
    static let yDash = [5.0, 3.0]

    static func panel(_ request: FigureRequest, context: FigureContext) -> (panel: LinePanel, legend: [LegendEntry]) {
        var series: [LineSeries] = [], single: [String] = []
        for run in context.runs(for: request) {
            let rates = run.trajectory.effectiveRates
            guard !rates.isEmpty else {
                single.append(context.label(run))
                continue
            }
            var solid = context.styles[run.id], dashed = solid
            solid.dash = []
            dashed.dash = yDash
            let xs = rates.indices.map(Double.init)
            series.append(LineSeries(id: "\(run.id).x", style: solid, xs: xs, ys: rates.map(\.x)))
            series.append(LineSeries(id: "\(run.id).y", style: dashed, xs: xs, ys: rates.map(\.y)))
        }
        let muted = context.theme.mutedForeground
        let legend = [
            LegendEntry(id: "x", label: context.words.xSolid, style: SeriesStyle(color: muted), sample: .line, role: .key),
            LegendEntry(id: "y", label: context.words.yDashed, style: SeriesStyle(color: muted, dash: yDash), sample: .line, role: .key),
        ]
        let panel = LinePanel(
            title: context.text(request.title) ?? context.words.effectiveRateTitle, xLabel: context.words.step,
            yLabel: context.words.effectiveRateAxis, yScale: request.flag("log") ? .logarithmic : .linear,
            series: series,
            note: single.isEmpty ? nil : single.joined(separator: ", ") + ": one rate for both parameters"
        )
        return (panel, series.isEmpty ? [] : legend)
    }
}
