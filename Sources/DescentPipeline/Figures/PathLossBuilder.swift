import DescentLesson
import DescentNumerics
import DescentPlot

/// Builds the path-loss panel of a network lesson: each run's true training loss along its
/// parameter path beside the loss of the lesson's plane at the path's projection
/// (`PathLossComparison`), at about 200 evenly spaced steps and the last.
enum PathLossBuilder {
    /// Steps evaluated per run, at most (two losses each).
    static let samples = 200

    /// The builder of `path-loss` figures.
    static let figureBuilder = FigureBuilder(FigureKind.pathLoss.name) { request, context in
        let words = NetworkFigureWords.forLanguage(context.language)
        let runs = context.runs(for: request)
        return FigureContent(
            layout: .panel(.lines(panel(request, context: context))),
            legend: context.legend(for: runs) + PathLossPanel.legend(trueLabel: words.trueLoss, planeLabel: words.planeLoss, color: context.theme.mutedForeground)
        )
    }

    static func panel(_ request: FigureRequest, context: FigureContext) -> LinePanel {
        let words = NetworkFigureWords.forLanguage(context.language)
        let title = context.text(request.title) ?? words.pathLossTitle
        guard let network = context.surface as? NetworkSurface else {
            return LinePanel(title: title, xLabel: context.words.step, yLabel: "", series: [], note: "path-loss \(words.needsNetwork)")
        }
        let series = context.runs(for: request).compactMap { run -> PathLossSeries? in
            let path = run.trajectory.parameters
            guard !path.isEmpty else { return nil }
            let every = max(1, (path.count - 1) / samples)
            let comparison = PathLossComparison.evaluate(
                path, recorded: run.trajectory.losses, on: network.plane, every: every, loss: network.problem.trainingLoss
            )
            return PathLossSeries(id: run.id, style: context.styles[run.id], steps: comparison.steps.map(Double.init),
                                  trueLosses: comparison.trueLosses, planeLosses: comparison.planeLosses,
                                  divergedAt: run.trajectory.divergence.map { Double($0.step) })
        }
        return PathLossPanel.panel(series, title: title, xLabel: context.words.step, yLabel: NetworkPlaneLabels.lossAxis(language: context.language),
                                   yScale: request.flag("log") ? .logarithmic : .linear)
    }
}
