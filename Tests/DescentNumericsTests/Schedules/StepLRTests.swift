import Testing
@testable import DescentNumerics

/// StepLR: lr_e = lr_{e-1}*gamma when e % step_size == 0.
@Suite struct StepLRTests {
    @Test func dropsTenfoldEveryThirtyEpochs() {
        // 0.1 -> 0.1*0.1 = 0.010000000000000002 at 30 -> 0.0010000000000000002 at 60.
        let rates = ScheduleFixture.rates(StepLR(stepSize: 30), epochs: 95)
        ScheduleFixture.expect(Array(rates[28...31]), [0.1, 0.1, 0.010000000000000002, 0.010000000000000002])
        ScheduleFixture.expect(Array(rates[58...61]), [0.010000000000000002, 0.010000000000000002, 0.0010000000000000002, 0.0010000000000000002])
    }

    @Test func defaultStepSizeIsThirtyPercentOfTheRun() throws {
        let step = try #require(try Schedules.catalog.build("StepLR", context: BuildContext(totalSteps: 100)) as? StepLR)
        #expect(step.stepSize == 30 && step.gamma == 0.1)
    }
}
