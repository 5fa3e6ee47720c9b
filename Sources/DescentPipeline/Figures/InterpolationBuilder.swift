import DescentLesson
import DescentNumerics
import DescentPlot

/// Builds the interpolation panel of a network lesson: for each run, the training loss on the
/// line `θ(α) = θ_0 + α (θ_1 - θ_0)`, `α` from -0.5 to 1.5, from its initial to its final
/// weights (`between: start`), or from the first run's final weights to each other run's
/// (`between: solutions`).
enum InterpolationBuilder {
    /// The builder of `interpolation` figures. The legend names the runs with a curve: with
    /// `between: solutions` the first run is the anchor of every line, named at α = 0, not a
    /// curve of its own.
    static let figureBuilder = FigureBuilder(FigureKind.interpolation.name) { request, context in
        let panel = panel(request, context: context)
        let drawn = Set(panel.series.map(\.id))
        return FigureContent(layout: .panel(.lines(panel)), legend: context.legend(for: context.runs(for: request).filter { drawn.contains($0.id) }))
    }

    static func panel(_ request: FigureRequest, context: FigureContext) -> LinePanel {
        let words = NetworkFigureWords.forLanguage(context.language)
        let title = context.text(request.title) ?? words.interpolationTitle
        let runs = context.runs(for: request).filter { !$0.trajectory.parameters.isEmpty }
        guard let network = context.surface as? NetworkSurface, let first = runs.first else {
            return LinePanel(title: title, xLabel: "α", xQuantity: .other, yLabel: "", series: [], note: "interpolation \(words.needsNetwork)")
        }
        let loss = network.problem.trainingLoss
        var curves: [InterpolationCurve] = []
        if request.text("between") == "solutions" {
            guard let anchor = first.trajectory.parameters.last else { return InterpolationPanel.panel([], title: title) }
            for run in runs.dropFirst() {
                guard let end = run.trajectory.parameters.last else { continue }
                let line = LossInterpolation.evaluate(from: anchor, to: end, loss: loss)
                curves.append(InterpolationCurve(id: run.id, style: context.styles[run.id], alphas: line.alphas, losses: line.losses,
                                                 startName: context.label(first), endName: context.label(run)))
            }
        } else {
            for run in runs {
                guard let start = run.trajectory.parameters.first, let end = run.trajectory.parameters.last else { continue }
                let line = LossInterpolation.evaluate(from: start, to: end, loss: loss)
                curves.append(InterpolationCurve(id: run.id, style: context.styles[run.id], alphas: line.alphas, losses: line.losses,
                                                 startName: words.startName, endName: words.endName))
            }
        }
        return InterpolationPanel.panel(curves, title: title, yLabel: NetworkPlaneLabels.lossAxis(language: context.language),
                                        yScale: request.flag("log") ? .logarithmic : .linear)
    }
}
