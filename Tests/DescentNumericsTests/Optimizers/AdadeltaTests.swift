import Testing
@testable import DescentNumerics

/// torch.optim.Adadelta (lr 1.0, PyTorch's default): v <- rho*v + (1-rho)*g*g;
/// delta = sqrt(u + eps)/sqrt(v + eps)*g; u <- rho*u + (1-rho)*delta^2; x <- x - lr*delta.
@Suite struct AdadeltaTests {
    @Test func defaultsMatchPyTorch() {
        // step 1: delta = sqrt(1e-6)/sqrt(0.1*0.64 + 1e-6)*0.8 = 0.00316..., so x = 0.99684.
        OptimizerFixture.expect(OptimizerFixture.replay(Adadelta(), learningRate: 1.0), [
            (0.9968377470448363, -1.9968377333199052), (0.9943774323917799, -1.994064243738581), (0.996022265487779, -1.9955057044082236),
        ])
    }
}
