import Testing
@testable import DescentNumerics

/// torch.optim.Adagrad: clr = lr/(1 + (t-1)*lr_decay); s <- s + g*g; x <- x - clr*g/(sqrt(s) + eps).
@Suite struct AdagradTests {
    @Test func defaultsMatchPyTorch() {
        // step 1: s = 0.64, x = 1 - 0.1*0.8/(0.8 + 1e-10) = 0.9000000000125.
        OptimizerFixture.expect(OptimizerFixture.replay(Adagrad()), [
            (0.9000000000125, -1.9000000000083332), (0.8470001060178, -1.8400000000123333), (0.8773046823513051, -1.8657662650667068),
        ])
    }

    @Test func learningRateDecayWeightDecayAndInitialAccumulator() {
        let adagrad = Adagrad(learningRateDecay: 0.1, weightDecay: 0.05, initialAccumulatorValue: 0.1)
        OptimizerFixture.expect(OptimizerFixture.replay(adagrad), [
            (0.9062759661189392, -1.9028334379495109), (0.8594301778346655, -1.8485776774635718), (0.8790986374954372, -1.8636942177924563),
        ])
    }

    @Test func effectiveRateIsClrOverStd() throws {
        var state = Adagrad().makeState()
        var point = Vec2(0, 0)
        let rate = try #require(Adagrad().update(&point, state: &state, context: StepContext(gradient: Vec2(3, 4), learningRate: 0.1, step: 1)))
        // s = (9, 16): 0.1/(3 + 1e-10), 0.1/(4 + 1e-10).
        #expect(OptimizerFixture.close(rate.x, 0.1 / (3 + 1e-10)) && OptimizerFixture.close(rate.y, 0.1 / (4 + 1e-10)))
    }
}
