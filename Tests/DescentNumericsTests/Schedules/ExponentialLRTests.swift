import Testing
@testable import DescentNumerics

/// ExponentialLR: lr_e = lr_{e-1}*gamma.
@Suite struct ExponentialLRTests {
    @Test func multipliesEveryEpoch() {
        ScheduleFixture.expect(ScheduleFixture.rates(ExponentialLR(gamma: 0.9), epochs: 6), [
            0.1, 0.09000000000000001, 0.08100000000000002, 0.07290000000000002, 0.06561000000000002, 0.05904900000000002,
        ])
    }
}
