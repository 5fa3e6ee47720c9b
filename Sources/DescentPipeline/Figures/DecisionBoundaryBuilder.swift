import DescentLesson
import DescentNumerics
import DescentPlot

/// Builds the decision-boundary maps of a network lesson: the first run's classifier at each
/// chosen step (`at`, else the start, three steps between and the end), as the probability of
/// class 1 over the training data's box with the `P = 0.5` contour and the samples by class.
enum DecisionBoundaryBuilder {
    /// The builder of `decision-boundary` figures.
    static let figureBuilder = FigureBuilder(FigureKind.decisionBoundary.name) { request, context in
        let words = NetworkFigureWords.forLanguage(context.language)
        guard let network = context.surface as? NetworkSurface,
              let run = context.runs(for: request).first(where: { !$0.trajectory.parameters.isEmpty }) else {
            let empty = LinePanel(title: context.text(request.title) ?? words.boundaryTitle, xLabel: "x<sub>1</sub>", xQuantity: .other, yLabel: "x<sub>2</sub>",
                                  series: [], note: "decision-boundary \(words.needsNetwork)")
            return FigureContent(layout: .panel(.lines(empty)), legend: [])
        }
        let data = network.problem.train
        let classes = (0..<data.classes).map { k in
            let members = (0..<data.count).filter { data.labels[$0] == k }
            return ClassSamples(label: words.classLabel.replacingOccurrences(of: "{k}", with: String(k)),
                                xs: members.map { data.point($0).x }, ys: members.map { data.point($0).y })
        }
        let box = data.bounds(margin: 0.15)
        let path = run.trajectory.parameters, last = path.count - 1
        let given = request.numbers("at").map { Int($0) }.filter { $0 <= last }
        let steps = given.isEmpty ? Array(Set((0...4).map { last * $0 / 4 })).sorted() : given
        let resolution = request.integer("resolution") ?? 60
        let mlp = network.problem.network
        let snapshots = steps.map { step in
            var workspace = mlp.makeWorkspace()
            let theta = path[step]
            return DecisionSnapshot(step: step, x: box.x, y: box.y, resolution: resolution) { x, y in
                mlp.probabilities(theta, at: Vec2(x, y), workspace: &workspace).last ?? .nan
            }
        }
        let layout = DecisionBoundaryPanels.layout(
            snapshots, classes: classes, theme: context.theme,
            title: { words.stepTitle.replacingOccurrences(of: "{step}", with: String($0)) }
        )
        // No run entry: the classes take the palette's first two colors, which are also runs' colors.
        return FigureContent(layout: layout, legend: DecisionBoundaryPanels.legend(classes, theme: context.theme, boundaryLabel: words.boundary))
    }
}
