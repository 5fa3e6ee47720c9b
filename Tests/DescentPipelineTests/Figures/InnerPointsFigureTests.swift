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
        // t0 = 1: step t averages with the mu step t - 1 left, 1/max(1, (t - 1) - 1): 1 for steps 1 to 3,
        // 1/2 at step 4, so the dashed path starts at point 3, the last the two share.
        #expect(map.paths[2].xs == asgd.averagedPoints[3...].map(\.x) && map.paths[2].style.dash == ContourPanelBuilder.averageDash)
        #expect(asgd.averagedPoints[3] == asgd.points[3] && asgd.averagedPoints[4] != asgd.points[4])
        #expect(plain.paths.map(\.id) == ["lbfgs", "asgd"] && plain.paths.allSatisfy { $0.faintXs.isEmpty })
    }
}
