import Testing
@testable import DescentNumerics

/// torch.optim.Adam / AdamW in PyTorch's order: m <- lerp(m, g, 1-beta1);
/// v <- beta2*v + (1-beta2)*g*g; step_size = lr/(1-beta1^t);
/// denom = sqrt(v)/sqrt(1-beta2^t) + eps; x <- x - step_size*m/denom.
@Suite struct AdamTests {
    @Test func defaultsMatchPyTorch() {
        // step 1: m = 0.1*g, v = 0.001*g^2, so the step is lr*sign(g) up to eps: 1 - 0.1 = 0.9 (+1.25e-9).
        OptimizerFixture.expect(OptimizerFixture.replay(Adam()), [
            (0.90000000125, -1.9000000008333333), (0.8037338023413974, -1.8017424936139357), (0.7521987006406913, -1.744830175761846),
        ])
    }

    @Test func amsgradNormalizesByTheLargestSecondMoment() {
        // beta2 = 0.5 so that v shrinks after the large first gradient; gradients (2,-3), (0.1,0.1), (0.1,-0.1).
        let gradients = [Vec2(2.0, -3.0), Vec2(0.1, 0.1), Vec2(0.1, -0.1)]
        OptimizerFixture.expect(OptimizerFixture.replay(Adam(beta2: 0.5, amsgrad: true), gradients: gradients), [
            (0.9000000005, -1.9000000003333333), (0.8387627573054205, -1.8441344450242432), (0.7945855447468235, -1.8044319040000676),
        ])
        OptimizerFixture.expect(OptimizerFixture.replay(Adam(beta2: 0.5), gradients: gradients), [
            (0.9000000005, -1.9000000003333333), (0.8136131586881326, -1.821081812693086), (0.725914029405694, -1.7419400984898856),
        ])
    }

    @Test func adamWDecaysTheWeightsBeforeTheStep() {
        // x <- x*(1 - lr*0.01) first: 1*0.999 - 0.1 = 0.899 (+1.25e-9).
        OptimizerFixture.expect(OptimizerFixture.replay(Adam(weightDecay: 0.01, decoupledWeightDecay: true)), [
            (0.89900000125, -1.8980000008333333), (0.8018348023401474, -1.7978444936131024), (0.7494978658371011, -1.7391343312673997),
        ])
    }

    @Test func withoutBiasCorrectionTheFirstStepIsMisSized() {
        // step 1: m = 0.1*g, sqrt(v) = sqrt(0.001)*|g|, so the step is 0.1*0.1/sqrt(0.001) = 0.316 (not 0.1).
        OptimizerFixture.expect(OptimizerFixture.replay(Adam(biasCorrection: false)), [
            (0.6837723589831128, -1.6837723173164736), (0.274680451309348, -1.2662181154721934), (0.01956964632761443, -0.9844888022241609),
        ])
    }

    @Test func scheduledBetaOneUsesLerpsOtherBranch() {
        // beta1 = 0.3 from the schedule: lerp weight 0.7 >= 0.5, so m = g - (g - m)*(1 - 0.7).
        OptimizerFixture.expect(OptimizerFixture.replay(Adam(), momentum: 0.3), [
            (0.90000000125, -1.9000000008333333), (0.814659348245274, -1.8086136479649424), (0.8244802041597862, -1.8103799924299246),
        ])
    }

    @Test func effectiveRateIsLrOverDenominator() throws {
        var state = Adam().makeState()
        var point = Vec2(0, 0)
        let rate = try #require(Adam().update(&point, state: &state, context: StepContext(gradient: Vec2(2, -4), learningRate: 0.1, step: 1)))
        // v_hat = g^2 at step 1: lr/(|g| + eps).
        #expect(OptimizerFixture.close(rate.x, 0.1 / (2 + 1e-8), relative: 1e-9) && OptimizerFixture.close(rate.y, 0.1 / (4 + 1e-8), relative: 1e-9))
    }

    @Test func adamWEntryDefaultsToDecoupledWeightDecay() throws {
        let adamw = try #require(try Optimizers.catalog.build("AdamW") as? Adam)
        #expect(adamw.decoupledWeightDecay && adamw.weightDecay == 0.01)
        let adam = try #require(try Optimizers.catalog.build("adam", ["betas": .list([.number(0.8), .number(0.99)])]) as? Adam)
        #expect(adam.beta1 == 0.8 && adam.beta2 == 0.99 && !adam.decoupledWeightDecay)
    }
}
