import Testing
@testable import DescentNumerics

/// torch.optim.RMSprop: v <- alpha*v + (1-alpha)*g*g; c <- lerp(c, g, 1-alpha) (centered);
/// d = sqrt(v - c*c) + eps or sqrt(v) + eps; b <- mu*b + g/d, x <- x - lr*b; or x <- x - lr*g/d.
@Suite struct RMSpropTests {
    @Test func defaultsMatchPyTorch() {
        // step 1: v = 0.01*g^2, so the step is lr*g/(0.1|g| + 1e-8), almost exactly 1 in each coordinate.
        OptimizerFixture.expect(OptimizerFixture.replay(RMSprop()), [
            (1.249999846963945e-07, -1.000000083333327), (-0.5319147120303516, -0.3980708581621274), (-0.22648543387410786, -0.6577211214749168),
        ])
    }

    @Test func centeredWithMomentumAndWeightDecay() {
        OptimizerFixture.expect(OptimizerFixture.replay(RMSprop(weightDecay: 0.01, momentum: 0.9, centered: true)), [
            (-0.005037690555398822, -0.9949622675359462), (-1.441752013241755, 0.5153067998576772), (-2.4171621508872274, 1.6137859089404574),
        ])
    }
}
