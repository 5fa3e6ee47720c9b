import DescentNumerics
import DescentPlot
import Testing
@testable import DescentPipeline

/// `evaluations: true` draws L-BFGS's closure evaluations as faint dots; `average: true` adds
/// ASGD's averaged iterate as a dashed path after the run's own.
@Suite("contour: inner evaluations and averaged iterates")
struct InnerPointsFigureTests {
    @Test func optionsAddTheFaintDotsAndTheAveragePath() throws {
        let compiled = try FigureFixture.compile("inner-points")
        let lbfgs = try #require(compiled.runs.first { $0.id == "lbfgs" }).trajectory
        let asgd = try #require(compiled.runs.first { $0.id == "asgd" }).trajectory
        guard case .contour(let map)? = FigureFixture.panel(try FigureFixture.figure("inner-points", "map")),
              case .contour(let plain)? = FigureFixture.panel(try FigureFixture.figure("inner-points", "plain")) else {
            Issue.record("not contour panels")
            return
        }
        #expect(map.paths.map(\.id) == ["lbfgs", "asgd", "asgd.average"])
        // max_iter 5 without a line search: 5 closure calls per step (the last iteration does not re-evaluate).
        #expect(lbfgs.evaluations.count == 4 * 5)
        #expect(map.paths[0].faintXs == lbfgs.evaluations.map(\.point.x) && map.paths[0].faintYs == lbfgs.evaluations.map(\.point.y))
        #expect(map.paths[2].xs == asgd.averagedPoints.map(\.x) && map.paths[2].style.dash == ContourPanelBuilder.averageDash)
        #expect(plain.paths.map(\.id) == ["lbfgs", "asgd"] && plain.paths.allSatisfy { $0.faintXs.isEmpty })
    }
}
