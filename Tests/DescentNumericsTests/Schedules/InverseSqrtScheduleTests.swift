import Testing
@testable import DescentNumerics

/// lr*min((e+1)/warmup, sqrt(warmup/(e+1))).
@Suite struct InverseSqrtScheduleTests {
    @Test func warmsUpThenDecaysLikeOneOverSqrt() {
        // warmup 4: 0.025, 0.05, 0.075, peak 0.1 at epoch 3, then 0.1*sqrt(4/5), 0.1*sqrt(4/6), ...
        ScheduleFixture.expect(ScheduleFixture.rates(InverseSqrtSchedule(warmup: 4), epochs: 8), [
            0.025, 0.05, 0.07500000000000001, 0.1, 0.08944271909999159, 0.08164965809277261, 0.07559289460184544, 0.07071067811865477,
        ])
    }
}
