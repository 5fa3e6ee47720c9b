import DescentLesson
import DescentNumerics
import DescentPlot

/// Builds the panels that plot a per-step quantity of every run: learning rate and loss.
enum LinePanelBuilder {
    /// Learning rate against step.
    static func learningRate(_ request: FigureRequest, context: FigureContext) -> LinePanel {
        let series = context.runs(for: request).map { run in
            let t = run.trajectory
            return LineSeries(
                id: run.id, style: context.styles[run.id], xs: t.learningRates.indices.map(Double.init),
                ys: t.learningRates, divergedAt: t.divergence.map { Double($0.step) }
            )
        }
        let log = request.option("log") == .boolean(true)
        return LinePanel(
            title: context.text(request.title) ?? "Learning rate", xLabel: "step", yLabel: "learning rate",
            yScale: log ? .logarithmic : .linear, series: series
        )
    }

    /// Loss against step. On a log axis a surface whose minimum is not 0 shows `f - f*`.
    static func loss(_ request: FigureRequest, context: FigureContext) -> LinePanel {
        let log = request.options["log"].map { $0 == .boolean(true) } ?? true
        let floor = context.surface.minima.map(\.value).min() ?? 0
        let shift = log && floor != 0 ? floor : 0
        let series = context.runs(for: request).map { run in
            let t = run.trajectory
            return LineSeries(
                id: run.id, style: context.styles[run.id], xs: t.losses.indices.map(Double.init),
                ys: t.losses.map { $0 - shift }, divergedAt: t.divergence.map { Double($0.step) }
            )
        }
        return LinePanel(
            title: context.text(request.title) ?? "Loss", xLabel: "step",
            yLabel: shift == 0 ? "loss f(x, y)" : "f(x, y) − f*",
            yScale: log ? .logarithmic : .linear, series: series
        )
    }
}
