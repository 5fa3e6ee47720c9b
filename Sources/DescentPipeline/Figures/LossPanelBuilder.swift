import DescentLesson
import DescentNumerics
import DescentPlot

/// Builds the loss panel: loss against step (log by default, where a surface whose minimum is
/// not 0 shows `f - f*`; a seed ensemble as its median and 10-90 % band), and with `validation: <surface>` a dashed validation curve per run in
/// the same color (that surface evaluated along the same path) with an early-stopping marker at
/// its lowest point; with `events: true` the schedules' events (milestones, restarts) as on the
/// learning-rate panel.
enum LossPanelBuilder {
    /// The builder of `loss` figures.
    static let figureBuilder = FigureBuilder(FigureKind.loss.name) { request, context in
        let built = panel(request, context: context)
        return FigureContent(layout: .panel(.lines(built.panel)), legend: context.legend(for: context.runs(for: request)) + built.legend)
    }

    /// The validation curves' dash pattern (points at a 12 pt base size).
    static let validationDash = [6.0, 3.5]

    static func panel(_ request: FigureRequest, context: FigureContext) -> (panel: LinePanel, legend: [LegendEntry]) {
        let log = request.flag("log")
        let perEpoch = request.text("per") == "epoch"
        let shift = log ? floor(context.surface) : 0
        var validation: (surface: any Surface, shift: Double)?
        var note: String?
        if let name = request.text("validation") {
            if let surface = try? Surfaces.catalog.build(name) {
                validation = (surface, log ? floor(surface) : 0)
            } else {
                note = "no validation curve: unknown surface ‘\(name)’"
            }
        }
        var series: [LineSeries] = [], bands: [LineBand] = [], markers: [VerticalMarker] = [], points: [PointMarker] = []
        for run in context.runs(for: request) {
            let t = run.trajectory, style = context.styles[run.id]
            let per = perEpoch ? Double(max(1, run.stepsPerEpoch)) : 1
            let xs = t.losses.indices.map { Double($0) / per }
            let curve = EnsembleCurves.curve(run, style: style, per: per) { $0.losses.map { $0 - shift } }
            series.append(curve.series)
            if let band = curve.band { bands.append(band) }
            guard let validation else { continue }
            var dashed = style
            dashed.dash = validationDash
            let ys = t.points.map { validation.surface.value(at: $0) - validation.shift }
            series.append(LineSeries(id: "\(run.id).validation", style: dashed, xs: xs, ys: ys))
            if let best = ys.indices.filter({ ys[$0].isFinite }).min(by: { ys[$0] < ys[$1] }), best < ys.count - 1 {
                markers.append(VerticalMarker(x: xs[best], label: "\(context.words.earlyStop) t=\(best)", color: style.color))
                points.append(PointMarker(x: xs[best], y: ys[best], label: "", color: style.color))
            }
        }
        let legend = validation == nil ? [] : [
            LegendEntry(id: "training", label: context.words.trainingSolid, style: SeriesStyle(color: context.theme.mutedForeground), sample: .line, role: .key),
            LegendEntry(id: "validation", label: context.words.validationDashed, style: SeriesStyle(color: context.theme.mutedForeground, dash: validationDash), sample: .line, role: .key),
        ]
        var panel = LinePanel(
            title: context.text(request.title) ?? context.words.lossTitle, xLabel: perEpoch ? context.words.epoch : context.words.step, xQuantity: perEpoch ? .epoch : .step,
            yLabel: shift == 0 ? (context.surface is NetworkSurface ? NetworkPlaneLabels.lossAxis(language: context.language) : context.words.lossAxis) : context.words.lossAboveMinimumAxis, yScale: log ? .logarithmic : .linear,
            series: series, bands: bands, verticalMarkers: markers, pointMarkers: points, note: note
        )
        if request.flag("events") {
            panel.verticalMarkers += ScheduleEvents.verticalMarkers(context.runs(for: request), context: context) { perEpoch ? Double(max(1, $0.stepsPerEpoch)) : 1 }
        }
        return (panel, legend)
    }

    /// The lowest known minimum of `surface`, or 0 when it has none.
    static func floor(_ surface: any Surface) -> Double {
        surface.minima.map(\.value).min() ?? 0
    }
}
