import Testing
@testable import DescentNumerics

/// torch.optim.ASGD, `_single_tensor_asgd` (torch/optim/asgd.py): param.mul_(1 - lambd*eta);
/// param.add_(grad, alpha=-eta); ax <- ax + (param - ax)*mu if mu != 1 else param;
/// eta <- lr / (1 + lambd*lr*step)^alpha; mu <- 1 / max(1, step - t0).
/// Replayed in Python floats from the fixture's start and gradients, lr 0.1.
@Suite struct ASGDTests {
    /// With t0 = 1e6 the average is the iterate itself.
    @Test func defaultsMatchPyTorch() {
        OptimizerFixture.expect(OptimizerFixture.replay(ASGD()), [
            (0.9199900000000001, -1.8799800000000002), (0.8699811751657175, -1.7899618753350914), (0.8999720254923356, -1.8299433759953274),
        ])
    }

    /// lambd 0.1, t0 1: mu = 1/max(1, 3 - 1) = 0.5 after step 3, so step 4 averages.
    @Test func averagingStartsAfterT0() {
        let asgd = ASGD(lambd: 0.1, t0: 1)
        OptimizerFixture.expect(OptimizerFixture.replay(asgd, steps: 4), [
            (0.9099999999999999, -1.8599999999999999), (0.8513394067846768, -1.7522074378479846),
            (0.8725092523602993, -1.7743539888561095), (0.7857294728424968, -1.6396304999135527),
        ])
        var state = asgd.makeState()
        var point = OptimizerFixture.start
        for step in 1...4 {
            _ = asgd.update(&point, state: &state, context: StepContext(gradient: OptimizerFixture.gradients[(step - 1) % 3], learningRate: 0.1, step: step))
        }
        let average = asgd.averagedPoint(in: state)
        #expect(average.map { OptimizerFixture.close($0.x, 0.8291193626013981) && OptimizerFixture.close($0.y, -1.706992244384831) } == true)
    }

    /// The run records the average as a second path, starting at the start point.
    @Test func theRunRecordsTheAverage() {
        let t = TrajectoryRunner.run(RunSetup(surface: Bowl(), optimizer: ASGD(t0: 2), learningRate: 0.1, start: Vec2(1, 1), steps: 5))
        #expect(t.averagedPoints.count == t.points.count)
        #expect(t.averagedPoints.first == Vec2(1, 1))
        #expect(t.averagedPoints[2] == t.points[2] && t.averagedPoints[5] != t.points[5])
    }
}
