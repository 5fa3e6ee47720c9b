import Testing
@testable import DescentNumerics

/// Lion (Chen et al. 2023, Algorithm 2, in lion-pytorch's order): p.mul_(1 - lr*wd);
/// c = sign(m*beta1 + (1-beta1)*g); p.add_(c, alpha=-lr); m <- m*beta2 + (1-beta2)*g.
/// signSGD (Bernstein et al. 2018): x <- x - lr*sign(g); Signum uses m <- mu*m + (1-mu)*g.
/// Replayed in Python floats from the fixture's start and gradients, lr 0.1.
@Suite struct SignMethodTests {
    /// Step 3's gradient (-0.3, 0.4) flips the sign of c = 0.9*m + 0.1*g: m is still small.
    @Test func lionDefaults() {
        OptimizerFixture.expect(OptimizerFixture.replay(Lion()), [(0.9, -1.9), (0.8, -1.7999999999999998), (0.9, -1.9)])
    }

    /// Decoupled weight decay 0.5 shrinks x by 1 - 0.05 first; at step 4 the gradient (-2, 0.1)
    /// flips c's first sign while the momentum keeps the second.
    @Test func lionWeightDecay() {
        let gradients = [Vec2(0.8, -1.2), Vec2(0.5, -0.9), Vec2(-0.3, 0.4), Vec2(-2.0, 0.1)]
        OptimizerFixture.expect(OptimizerFixture.replay(Lion(weightDecay: 0.5), steps: 4, gradients: gradients), [
            (0.85, -1.7999999999999998), (0.7075, -1.6099999999999997), (0.772125, -1.6294999999999997), (0.8335187499999999, -1.4480249999999997),
        ])
    }

    @Test func signSGDAndSignum() {
        OptimizerFixture.expect(OptimizerFixture.replay(SignSGD()), [(0.9, -1.9), (0.8, -1.7999999999999998), (0.9, -1.9)])
        OptimizerFixture.expect(OptimizerFixture.replay(SignSGD(momentum: 0.9), steps: 4), [
            (0.9, -1.9), (0.8, -1.7999999999999998), (0.7000000000000001, -1.6999999999999997), (0.6000000000000001, -1.5999999999999996),
        ])
    }

    @Test func markedAsNotInPyTorch() throws {
        for name in ["lion", "signsgd", "newton"] {
            #expect(try #require(Optimizers.catalog.entry(named: name)).inPyTorch == false)
        }
        #expect(try #require(Optimizers.catalog.entry(named: "rprop")).inPyTorch)
        #expect(try #require(Optimizers.catalog.entry(named: "adam")?.parameter("bias_correction")).inPyTorch == false)
    }
}
