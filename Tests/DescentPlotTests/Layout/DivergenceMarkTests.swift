import DescentScene
import Testing
@testable import DescentPlot

@Suite("A diverged run's x sits at the step it diverged, on every line panel")
struct DivergenceMarkTests {
    private func group(_ name: String, in group: SceneGroup) -> SceneGroup? {
        if group.name == name { return group }
        for child in group.children {
            if case .group(let inner) = child, let found = self.group(name, in: inner) { return found }
        }
        return nil
    }

    @Test("the loss curve leaves the chart before step 4; its x is drawn at step 4, where the map says it diverged")
    func markAtDivergenceStep() throws {
        let style = Theme.light.seriesStyle(at: 0)
        let figure = Figure(layout: .panel(.lines(LinePanel(yLabel: "loss", yScale: .logarithmic, series: [
            LineSeries(id: "kept", style: style, xs: (0...10).map(Double.init), ys: (0...10).map { 10 / Double($0 + 1) }),
            LineSeries(id: "blown", style: style, xs: [0, 1, 2, 3], ys: [10, 1e3, 1e9, 1e30], divergedAt: 4),
        ]))))
        let scene = FigureLayout(measurer: ApproximateMeasurer()).scene(for: figure)
        let kept = try #require(group("series.kept", in: scene.root))
        let mark = try #require(group("series.blown.end", in: scene.root))
        let curve = try #require(SceneWalker.shapes(in: kept).first)
        let stepFour = SceneWalker.points(of: curve.path)[4].x
        let xs = SceneWalker.shapes(in: mark).flatMap { SceneWalker.points(of: $0.path) }.map(\.x)
        let center = ((xs.min() ?? 0) + (xs.max() ?? 0)) / 2
        #expect(abs(center - stepFour) < 0.5, "the x is at \(center), step 4 at \(stepFour)")
    }
}
