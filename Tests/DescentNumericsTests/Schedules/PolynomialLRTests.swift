import Testing
@testable import DescentNumerics

/// PolynomialLR: lr_e = lr_{e-1}*((1 - e/T)/(1 - (e-1)/T))^power for e <= T.
@Suite struct PolynomialLRTests {
    @Test func quadraticDecayToZero() {
        // Closed form 0.1*(1 - e/5)^2: 0.064, 0.036, 0.016, 0.004, 0 (recursion rounds slightly differently).
        ScheduleFixture.expect(ScheduleFixture.rates(PolynomialLR(totalIters: 5, power: 2), epochs: 8), [
            0.1, 0.06400000000000002, 0.036000000000000004, 0.016000000000000004, 0.003999999999999999, 0, 0, 0,
        ])
    }
}
