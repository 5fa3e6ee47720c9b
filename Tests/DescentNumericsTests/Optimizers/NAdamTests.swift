import Testing
@testable import DescentNumerics

/// torch.optim.NAdam: mu_t = beta1*(1 - 0.5*0.96^(t*psi)), P_t = mu_1...mu_t;
/// denom = sqrt(v/(1-beta2^t)) + eps; x <- x - lr*(1-mu_t)/(1-P_t)*g/denom
/// - lr*mu_{t+1}/(1-P_t*mu_{t+1})*m/denom.
@Suite struct NAdamTests {
    @Test func defaultsMatchPyTorch() {
        OptimizerFixture.expect(OptimizerFixture.replay(NAdam()), [
            (0.8943548234850259, -1.8943548230448377), (0.8336033868209136, -1.826591150161671), (0.8588079503520567, -1.846354341322611),
        ])
    }

    @Test func decoupledWeightDecay() {
        OptimizerFixture.expect(OptimizerFixture.replay(NAdam(weightDecay: 0.1, decoupledWeightDecay: true)), [
            (0.8843548234850259, -1.8743548230448377), (0.8147598385860634, -1.7878476019312226), (0.8318168037313458, -1.7897323170728503),
        ])
    }
}
