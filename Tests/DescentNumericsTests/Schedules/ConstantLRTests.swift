import Testing
@testable import DescentNumerics

/// ConstantLR: lr*factor, times 1/factor at epoch total_iters.
@Suite struct ConstantLRTests {
    @Test func reducedForFiveEpochsThenBack() {
        ScheduleFixture.expect(ScheduleFixture.rates(ConstantLR(), epochs: 8), [
            0.03333333333333333, 0.03333333333333333, 0.03333333333333333, 0.03333333333333333, 0.03333333333333333, 0.1, 0.1, 0.1,
        ])
    }

    @Test func constantStaysTheNoScheduleEntry() {
        #expect(Schedules.catalog.entry(named: "constant")?.name == "constant")
        #expect(Schedules.catalog.entry(named: "ConstantLR")?.name == "constant_factor")
    }
}
