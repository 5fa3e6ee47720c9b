import Testing
@testable import DescentNumerics

/// torch.optim.RAdam: rho_inf = 2/(1-beta2) - 1, rho_t = rho_inf - 2t*beta2^t/(1-beta2^t);
/// rho_t <= 5: x <- x - lr*m_hat; else x <- x - m_hat*lr*sqrt(1-beta2^t)/(sqrt(v)+eps)*r.
@Suite struct RAdamTests {
    @Test func earlyStepsAreMomentumSGD() {
        // beta2 = 0.999: rho_1 = 1999 - 1998 = 1 <= 5, so step 1 is x - lr*g1 = (0.92, -1.88).
        OptimizerFixture.expect(OptimizerFixture.replay(RAdam()), [
            (0.9199999999999999, -1.88), (0.8557894736842104, -1.7757894736842104), (0.8263429792192658, -1.7247931637211107),
        ])
    }

    @Test func rectificationStartsOnceRhoExceedsFive() {
        // beta2 = 0.9: rho_t = 1, 1.947, 2.860, 3.737, 4.581, 5.390, 6.165 for t = 1...7; steps 6 and 7 are rectified.
        OptimizerFixture.expect(OptimizerFixture.replay(RAdam(beta2: 0.9), steps: 7), [
            (0.9199999999999999, -1.88), (0.8557894736842104, -1.7757894736842104), (0.8263429792192658, -1.7247931637211107),
            (0.7821964249883847, -1.6537318086760395), (0.7366204927767172, -1.5780457448436545),
            (0.7230706990297501, -1.563103480601377), (0.7018675201416539, -1.5406195565372225),
        ])
    }
}
