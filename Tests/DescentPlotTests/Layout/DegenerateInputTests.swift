import DescentScene
import Foundation
import Testing
@testable import DescentPlot

/// Odd data never crashes the layout and never puts a non-finite number in the scene.
@Suite struct DegenerateInputTests {
    static let style = Theme.light.seriesStyle(at: 0)
    static let bowl = ScalarField(x: -1...1, y: -1...1, columns: 20, rows: 20) { x, y in x * x + y * y }

    static func contour(_ field: ScalarField, paths: [PathSeries] = [], levels: ContourPanel.Levels = .automatic(count: 10)) -> Figure {
        Figure(layout: .panel(.contour(ContourPanel(field: field, levels: levels, markedPoints: [MarkedPoint(x: .nan, y: 0, kind: .saddle)], paths: paths))),
               legend: [LegendEntry(id: "a", label: "a &amp; b", style: style)])
    }

    static func lines(_ series: [LineSeries], scale: LinePanel.Scale) -> Figure {
        Figure(layout: .panel(.lines(LinePanel(yLabel: "loss", yScale: scale, series: series))))
    }

    static let cases: [(String, Figure)] = [
        ("empty path", contour(bowl, paths: [PathSeries(id: "a", style: style, xs: [], ys: [])])),
        ("one-point path", contour(bowl, paths: [PathSeries(id: "a", style: style, xs: [0.5], ys: [0.5])])),
        ("NaN and infinite path", contour(bowl, paths: [PathSeries(id: "a", style: style, xs: [0.5, .nan, 0.2, .infinity, 1e308, -0.1], ys: [0.5, 0, .infinity, 0.1, 1e308, 0])])),
        ("diverged path", contour(bowl, paths: [PathSeries(id: "a", style: style, xs: [0.5, -3, 40, 1e200, .nan], ys: [0.5, 2, -80, 1e200, .nan], divergedAtStep: 4)])),
        ("diverged path never inside", contour(bowl, paths: [PathSeries(id: "a", style: style, xs: [5, 50], ys: [5, 50], divergedAtStep: 1)])),
        ("mismatched path lengths", contour(bowl, paths: [PathSeries(id: "a", style: style, xs: [0, 0.1, 0.2], ys: [0])])),
        ("flat field", contour(ScalarField(x: 0...1, y: 0...1, columns: 5, rows: 5, values: Array(repeating: 3, count: 25)))),
        ("all-NaN field", contour(ScalarField(x: 0...1, y: 0...1, columns: 3, rows: 3, values: Array(repeating: .nan, count: 9)))),
        ("field with holes", contour(ScalarField(x: -1...1, y: -1...1, columns: 9, rows: 9) { x, y in x > 0.5 ? .nan : (y < -0.5 ? -.infinity : x + y) })),
        ("one-sample field", contour(ScalarField(x: 0...0, y: 0...0, columns: 1, rows: 1, values: [1]))),
        ("mismatched field", contour(ScalarField(x: 0...1, y: 0...1, columns: 4, rows: 4, values: [1, 2]))),
        ("infinite extent", contour(ScalarField(x: -Double.infinity...Double.infinity, y: 0...1, columns: 2, rows: 2, values: [0, 1, 2, 3]))),
        ("log levels on a flat-bottomed field", contour(ScalarField(x: 0...1, y: 0...1, columns: 10, rows: 10) { x, _ in x < 0.9 ? 0 : 1 }, levels: .logarithmic(count: 8))),
        ("no levels", contour(bowl, levels: .explicit([]))),
        ("empty line panel", lines([], scale: .linear)),
        ("empty series", lines([LineSeries(id: "a", style: style, xs: [], ys: [])], scale: .logarithmic)),
        ("one point", lines([LineSeries(id: "a", style: style, xs: [3], ys: [0.5])], scale: .linear)),
        ("all equal", lines([LineSeries(id: "a", style: style, xs: [0, 1, 2], ys: [2, 2, 2])], scale: .logarithmic)),
        ("non-positive on log", lines([LineSeries(id: "a", style: style, xs: [0, 1, 2, 3], ys: [0, -1, 1e-3, 0])], scale: .logarithmic)),
        ("only non-positive on log", lines([LineSeries(id: "a", style: style, xs: [0, 1], ys: [0, -1])], scale: .logarithmic)),
        ("NaN and infinities", lines([LineSeries(id: "a", style: style, xs: [0, .nan, 2, 3, .infinity], ys: [1, 2, .nan, -.infinity, 4])], scale: .linear)),
        ("diverged next to a tame run", lines([
            LineSeries(id: "a", style: style, xs: [0, 1, 2, 3], ys: [1, 0.5, 0.25, 0.1]),
            LineSeries(id: "b", style: style, xs: [0, 1, 2, 3], ys: [1, 10, 1e150, .infinity], divergedAt: 3),
        ], scale: .linear)),
        ("only a diverged run", lines([LineSeries(id: "b", style: style, xs: [0, 1, 2], ys: [1, 1e300, .nan], divergedAt: 2)], scale: .logarithmic)),
        ("empty row", Figure(title: "t", layout: .row([], weights: []))),
        ("zero weights", Figure(layout: .column([.panel(.contour(ContourPanel(field: bowl))), .row([], weights: [])], weights: [0, -1]))),
        ("zero-size page", Figure(size: Size(width: 0, height: .nan), layout: .panel(.contour(ContourPanel(field: bowl))))),
        ("tiny page", Figure(title: "A long title on a tiny page", size: Size(width: 30, height: 20), layout: .panel(.contour(ContourPanel(field: bowl))),
                             legend: [LegendEntry(id: "a", label: "a", style: style)])),
    ]

    @Test(arguments: cases.map(\.0))
    func everyCoordinateIsFinite(name: String) throws {
        let figure = try #require(Self.cases.first { $0.0 == name }?.1)
        let scene = FigureLayout(measurer: ApproximateMeasurer()).scene(for: figure)
        #expect(SceneWalker.nonFiniteValues(in: scene) == [])
        #expect(scene.size.width > 0 && scene.size.height > 0)
    }

    @Test func divergedRunIsMarkedAndNamed() throws {
        let figure = Self.cases.first { $0.0 == "diverged path" }?.1
        let scene = FigureLayout(measurer: ApproximateMeasurer()).scene(for: try #require(figure))
        let end = try #require(scene.root.groups { $0 == "series.a.end" }.first)
        #expect(SceneWalker.texts(in: end).map(\.text) == ["diverged at step 4"])
        // The x stays inside the plot area even though the run left it.
        let plot = try #require(scene.root.groups { $0 == "series.a" }.first?.clip)
        for p in SceneWalker.shapes(in: end).flatMap({ SceneWalker.points(of: $0.path) }) {
            #expect(p.x >= plot.minX && p.x <= plot.maxX && p.y >= plot.minY && p.y <= plot.maxY)
        }
    }
}
