import Testing
@testable import DescentNumerics

/// Catalog-built optimizers and schedules driven by `TrajectoryRunner` on the bowl f = (x^2 + y^2)/2
/// (gradient x, Hessian I).
@Suite struct OptimizerRunTests {
    @Test func newtonReachesTheBowlsMinimumInOneStep() throws {
        let newton = try Optimizers.catalog.build("newton")
        let run = TrajectoryRunner.run(RunSetup(surface: Bowl(), optimizer: newton, learningRate: 1, start: Vec2(-1.6, 1.4), steps: 2))
        #expect(run.points[1] == .zero && run.effectiveRates.isEmpty)
    }

    @Test func oneCycleMomentumReachesSGD() throws {
        // OneCycle (max_lr 0.5, total_steps 3, pct_start 2/3: the peak at float(2/3*3) - 1 = 1)
        // over a 2-epoch run from x0 = 1: step 1 uses lr 0.02 (0.5/25) and plain SGD's buffer
        // b1 = g; step 2 uses the peak lr and momentum 0.85: b2 = 0.85*b1 + g2.
        let schedule = try Schedules.catalog.build("onecycle", ["max_lr": .number(0.5), "total_steps": .number(3), "pct_start": .number(2.0 / 3)],
                                                   context: BuildContext(totalSteps: 2))
        let run = TrajectoryRunner.run(RunSetup(
            surface: Bowl(), optimizer: SGD(), schedule: schedule, learningRate: 0.1, start: Vec2(1, 0), steps: 2
        ))
        let lr0 = run.learningRates[0], lr1 = run.learningRates[1]
        #expect(OptimizerFixture.close(lr0, 0.02) && OptimizerFixture.close(lr1, 0.5))
        let x1 = 1 - lr0 * 1
        let b2 = 0.85 * 1 + x1
        #expect(OptimizerFixture.close(run.points[2].x, x1 - lr1 * b2))
    }

    @Test func adaptiveMethodsRecordEffectiveRates() throws {
        let run = TrajectoryRunner.run(RunSetup(surface: Bowl(), optimizer: try Optimizers.catalog.build("adam"), learningRate: 0.1, start: Vec2(1, -2), steps: 3))
        #expect(run.effectiveRates.count == 3)
    }
}
