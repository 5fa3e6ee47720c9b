import Testing
@testable import DescentNumerics

/// torch.optim.Rprop, `_single_tensor_rprop` (torch/optim/rprop.py): s = sign(g*prev);
/// f = etaplus / etaminus / 1 for s > 0 / < 0 / == 0; step_size.mul_(f).clamp_(min, max);
/// grad[f == etaminus] = 0; param.addcmul_(grad.sign(), step_size, value=-1); prev = grad.
/// Replayed in Python floats from the fixture's start and gradients, lr 0.1.
@Suite struct RpropTests {
    /// Step 1: no previous gradient, f = 1, move by lr against the sign. Step 2: same signs,
    /// step sizes 0.1*1.2 = 0.12. Step 3: both signs flip, step sizes halve to 0.06 and the
    /// coordinate is skipped (gradient zeroed), so the point stays.
    @Test func defaultsMatchPyTorch() {
        OptimizerFixture.expect(OptimizerFixture.replay(Rprop()), [(0.9, -1.9), (0.78, -1.7799999999999998), (0.78, -1.7799999999999998)])
    }

    /// After a skipped step prev = 0, so the next factor is 1 (step size stays 0.06), then grows.
    @Test func afterASignChangeTheStepSizeHolds() {
        let gradients = [Vec2(0.8, -1.2), Vec2(0.5, -0.9), Vec2(-0.3, 0.4), Vec2(0.2, 0.4), Vec2(0.1, -0.1), Vec2(0.1, 0.3)]
        OptimizerFixture.expect(OptimizerFixture.replay(Rprop(), steps: 6, gradients: gradients), [
            (0.9, -1.9), (0.78, -1.7799999999999998), (0.78, -1.7799999999999998),
            (0.72, -1.8399999999999999), (0.648, -1.8399999999999999), (0.5616, -1.8699999999999999),
        ])
    }

    /// The step sizes start at the first step's lr; later rates are ignored, as in PyTorch.
    @Test func laterRatesAreIgnored() {
        var state = Rprop().makeState()
        var a = Vec2(1, 1)
        _ = Rprop().update(&a, state: &state, context: StepContext(gradient: Vec2(1, 1), learningRate: 0.1, step: 1))
        _ = Rprop().update(&a, state: &state, context: StepContext(gradient: Vec2(1, 1), learningRate: 5, step: 2))
        #expect(OptimizerFixture.close(a.x, 1 - 0.1 - 0.1 * 1.2))
    }

    @Test func etasAreChecked() {
        #expect(throws: ParameterError.self) { try Optimizers.catalog.build("rprop", ["etas": .list([.number(1.5), .number(1.2)])]) }
    }
}
