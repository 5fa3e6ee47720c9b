import DescentScene
import Foundation
@testable import DescentPlot

/// Figures built the way the pipeline builds them: one style per run, shared by every panel.
enum SampleFigures {
    static let ids = ["sgd", "momentum", "adam"]
    static let styles = (0..<3).map { Theme.light.seriesStyle(at: $0) }

    /// Plain gradient descent on f = (x^2 + 20 y^2) / 2 with step `lr`: x *= 1 - lr, y *= 1 - 20 lr.
    static func descent(lr: Double, steps: Int) -> (xs: [Double], ys: [Double]) {
        var x = -2.6, y = 1.5, xs = [x], ys = [y]
        for _ in 0..<steps {
            x -= lr * x
            y -= lr * 20 * y
            xs.append(x)
            ys.append(y)
        }
        return (xs, ys)
    }

    /// A contour panel of the ravine and two line panels (learning rate, log loss), three runs.
    static func composed(theme: Theme = .light, steps: Int = 200) -> Figure {
        let field = ScalarField(x: -3...3, y: -2...2, columns: 150, rows: 150) { x, y in 0.5 * (x * x + 20 * y * y) }
        let rates = [0.09, 0.05, 0.02]
        let runs = rates.map { descent(lr: $0, steps: steps) }
        let contour = ContourPanel(title: "Ravine", field: field, markedPoints: [MarkedPoint(x: 0, y: 0, kind: .minimum, label: "min")],
                                   paths: runs.indices.map { PathSeries(id: ids[$0], style: styles[$0], xs: runs[$0].xs, ys: runs[$0].ys) })
        let steps = (0...steps).map(Double.init)
        let lr = LinePanel(title: "Learning rate", yLabel: "η", series: runs.indices.map { i in
            LineSeries(id: ids[i], style: styles[i], xs: steps, ys: steps.map { _ in rates[i] })
        })
        let loss = LinePanel(title: "Loss", yLabel: "loss", yScale: .logarithmic, series: runs.indices.map { i in
            LineSeries(id: ids[i], style: styles[i], xs: steps, ys: zip(runs[i].xs, runs[i].ys).map { x, y in 0.5 * (x * x + 20 * y * y) })
        })
        return Figure(
            title: "Three rates", subtitle: "200 steps", size: FigureSize.slide, theme: theme,
            layout: .row([.panel(.contour(contour)), .column([.panel(.lines(lr)), .panel(.lines(loss))], weights: [1, 1])], weights: [1.3, 1]),
            legend: ids.indices.map { LegendEntry(id: ids[$0], label: "run \($0)", style: styles[$0]) }
        )
    }
}
