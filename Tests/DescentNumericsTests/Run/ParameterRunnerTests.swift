import Testing
@testable import DescentNumerics

/// The N-parameter runner against the two-parameter path on a separable problem.
@Suite("N-parameter runs")
struct ParameterRunnerTests {
    /// `L(theta) = (1/2) sum_i c_i theta_i^2`: every coordinate evolves on its own.
    struct SeparableQuadratic: ParameterObjective {
        let curvatures: [Double]
        var parameterCount: Int { curvatures.count }
        var sampleCount: Int { 1 }
        func loss(_ p: [Double]) -> Double { zip(curvatures, p).map { 0.5 * $0 * $1 * $1 }.reduce(0, +) }
        func lossAndGradient(_ p: [Double], samples indices: ArraySlice<Int>, gradient: inout [Double]) -> Double {
            gradient = zip(curvatures, p).map { $0 * $1 }
            return loss(p)
        }
    }

    /// The same quadratic in two chosen coordinates, `(a x^2 + b y^2) / 2`, as a surface.
    struct DiagonalQuadratic: Surface {
        let a: Double, b: Double
        func value(at p: Vec2) -> Double { 0.5 * (a * p.x * p.x + b * p.y * p.y) }
        func gradient(at p: Vec2) -> Vec2 { Vec2(a * p.x, b * p.y) }
        func hessian(at p: Vec2) -> Matrix2 { Matrix2(symmetric: a, 0, b) }
        var criticalPoints: [CriticalPoint] { [] }
        var defaultDomain: Domain { Domain(x: -1e3...1e3, y: -1e3...1e3) }
        var defaultStart: Vec2 { .zero }
    }

    static let elementWise = Optimizers.catalog.entries.map(\.name).filter { !["newton", "lbfgs"].contains($0) }

    /// Three coordinates (the last one paired with the dummy) with curvatures (1, 10, 3), under
    /// a step decay; the runner pairs (0, 1) and (2, dummy). The 2D runs pair them differently,
    /// (0, 2) and (1, 0), so any coupling inside a pair's state would show: each coordinate's
    /// whole path must equal the 2D path's to the last bit, for every element-wise optimizer.
    @Test(arguments: elementWise)
    func separableRunEqualsTheTwoParameterPath(optimizer name: String) throws {
        let context = BuildContext(totalSteps: 40, stepsPerEpoch: 1, learningRate: 0.05)
        let optimizer = try Optimizers.catalog.build(name, context: context)
        func schedule() throws -> any LearningRateSchedule {
            try Schedules.catalog.build("step", ["step_size": .number(10), "gamma": .number(0.5)], context: context)
        }
        let start = [0.8, -0.6, 1.3], c = [1.0, 10, 3]
        let run = try ParameterRunner.run(ParameterRunSetup(
            objective: SeparableQuadratic(curvatures: c), optimizer: optimizer, schedule: try schedule(),
            learningRate: 0.05, start: start, steps: 40
        ))
        let first = TrajectoryRunner.run(RunSetup(surface: DiagonalQuadratic(a: c[0], b: c[2]), optimizer: optimizer, schedule: try schedule(),
                                                  learningRate: 0.05, start: Vec2(start[0], start[2]), steps: 40))
        let second = TrajectoryRunner.run(RunSetup(surface: DiagonalQuadratic(a: c[1], b: c[0]), optimizer: optimizer, schedule: try schedule(),
                                                   learningRate: 0.05, start: Vec2(start[1], start[0]), steps: 40))
        #expect(run.path.count == 41 && first.points.count == 41 && second.points.count == 41)
        for t in 0..<min(run.path.count, first.points.count, second.points.count) {
            #expect(run.path[t][0] == first.points[t].x && run.path[t][2] == first.points[t].y, "\(name) step \(t)")
            #expect(run.path[t][1] == second.points[t].x && run.path[t][0] == second.points[t].y, "\(name) step \(t)")
        }
        #expect(run.learningRates == first.learningRates)
        #expect(run.events == first.events)
    }

    @Test(arguments: ["newton", "lbfgs"])
    func nonElementWiseRulesAreRefused(optimizer name: String) throws {
        let optimizer = try Optimizers.catalog.build(name)
        #expect(!optimizer.isElementWise)
        #expect(throws: ParameterRunner.NotElementWise.self) {
            try ParameterRunner.run(ParameterRunSetup(objective: SeparableQuadratic(curvatures: [1]), optimizer: optimizer,
                                                      learningRate: 0.1, start: [1], steps: 2))
        }
    }

    /// SGD at lr 1 on curvature 3 multiplies theta by (1 - 3) = -2 per step: |theta| passes
    /// the bound 1e6 at step 20 (2^20 = 1048576), where the run stops with the path ending at step 19, (-2)^19 = -524288.
    @Test func divergenceStopsTheRun() throws {
        let run = try ParameterRunner.run(ParameterRunSetup(
            objective: SeparableQuadratic(curvatures: [3]), optimizer: try Optimizers.catalog.build("sgd"),
            learningRate: 1, start: [1], steps: 50
        ))
        #expect(run.divergence == ParameterTrajectory.Stop(step: 20, reason: .leftDomain))
        #expect(run.path.count == 20 && run.path.last == [-524288.0])
    }
}
