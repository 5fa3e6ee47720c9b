import DescentLesson
import DescentNumerics
import DescentPlot
import DescentScene

/// Builds the data-space panel of a data surface (`FittedModel`): the samples `(x_i, y_i)` as
/// dots, and for each run the model of the parameters `p_k = (w, b)` reached after each step `k`
/// of `at`: the line `y = w x + b`, or for a classifier the curve `sigma(w x + b)` with its
/// decision boundary `x = -b / w` as a vertical line. Earlier steps are drawn fainter, and each
/// model is labelled with its step at the right edge.
enum DataFitBuilder {
    /// The builder of `data-fit` figures.
    static let figureBuilder = FigureBuilder(FigureKind.dataFit.name) { request, context in
        let built = panel(request, context: context)
        return FigureContent(layout: .panel(.lines(built.panel)), legend: context.legend(for: context.runs(for: request)) + built.legend)
    }

    /// Boundaries closer than this share of the x range are drawn as one.
    static let mergeGap = 0.02

    /// Samples of each model curve.
    static let samples = 121

    /// The steps drawn for a run of `stepCount` steps: `at` where given (steps not taken are
    /// skipped), else the start, three steps between and the end.
    static func steps(_ request: FigureRequest, stepCount: Int) -> [Int] {
        let given = request.numbers("at").map { Int($0) }
        if !given.isEmpty { return given.filter { $0 <= stepCount } }
        return Array(Set((0...4).map { stepCount * $0 / 4 })).sorted()
    }

    static func panel(_ request: FigureRequest, context: FigureContext) -> (panel: LinePanel, legend: [LegendEntry]) {
        let words = context.diagramWords
        guard let model = context.surface as? any FittedModel else {
            let empty = LinePanel(title: context.text(request.title) ?? words.dataTitle, xQuantity: .other, yLabel: words.dataTarget, series: [],
                                  note: "data-fit needs a data surface (least_squares, logistic_regression)")
            return (empty, [])
        }
        let data = model.data
        let lo = data.inputs.min() ?? 0, hi = data.inputs.max() ?? 1, pad = max(1e-9, (hi - lo) * 0.05)
        let xs = (0..<samples).map { (lo - pad) + (hi - lo + 2 * pad) * Double($0) / Double(samples - 1) }
        let dots = SeriesStyle(color: context.theme.mutedForeground, marker: .circle)
        var points = LineSeries(id: "data", style: dots, xs: data.inputs, ys: data.targets, showsPoints: true)
        points.showsLine = false
        var series = [points], markers: [VerticalMarker] = [], notes: [Annotation] = []
        for run in context.runs(for: request) {
            let t = run.trajectory, style = context.styles[run.id]
            let shown = steps(request, stepCount: t.stepCount)
            // The run's shades, faintest first: the last model is drawn strongest, and every
            // earlier one keeps the theme's contrast (an opacity fade lost the first ones on dark).
            let shades = Array(context.theme.shades(of: style.color, count: shown.count).reversed())
            for (i, k) in shown.enumerated() {
                let p = t.points[k]
                var faded = style
                faded.color = shades[i]
                let ys = xs.map { model.prediction(at: $0, parameters: p) }
                series.append(LineSeries(id: "\(run.id).fit.\(k)", style: faded, xs: xs, ys: ys))
                if let boundary = model.decisionBoundary(parameters: p), boundary.isFinite, (xs[0]...xs[xs.count - 1]).contains(boundary) {
                    // Boundaries that have stopped moving share one line and one label ("t=20, 100").
                    if let last = markers.last, abs(last.x - boundary) < mergeGap * (xs[xs.count - 1] - xs[0]), last.color == style.color {
                        markers[markers.count - 1].label += ", \(k)"
                    } else {
                        markers.append(VerticalMarker(x: boundary, label: "t=\(k)", color: style.color))
                    }
                } else if let last = ys.last, last.isFinite {
                    notes.append(Annotation("t=\(k)", x: xs[xs.count - 1], y: last))
                }
            }
        }
        let classifier = model.decisionBoundary(parameters: Vec2(1, 0)) != nil
        var panel = LinePanel(
            title: context.text(request.title) ?? words.dataTitle, xLabel: words.dataInput, xQuantity: .other,
            yLabel: classifier ? words.dataProbability : words.dataTarget, series: series, verticalMarkers: markers
        )
        panel.annotations = notes
        var legend = [LegendEntry(id: "data", label: classifier ? "\(words.dataPoints) (y = 0, 1)" : words.dataPoints, style: dots, sample: .marker, role: .key)]
        if !markers.isEmpty {
            legend.append(LegendEntry(id: "data.boundary", label: words.boundary, style: SeriesStyle(color: context.theme.mutedForeground, dash: [2.5, 2]), sample: .line, role: .key))
        }
        return (panel, legend)
    }
}
