import Testing
@testable import DescentNumerics

/// torch.optim.Adamax: m <- lerp(m, g, 1-beta1); u <- max(beta2*u, |g| + eps);
/// x <- x - lr/(1-beta1^t)*m/u.
@Suite struct AdamaxTests {
    @Test func defaultsMatchPyTorch() {
        OptimizerFixture.expect(OptimizerFixture.replay(Adamax()), [
            (0.90000000125, -1.9000000008333333), (0.8196565008581608, -1.8130709672602865), (0.7827746564300697, -1.7704889211349732),
        ])
    }
}
