import Testing
@testable import DescentNumerics

/// MultiStepLR: lr_e = lr_{e-1}*gamma^(count of e in milestones).
@Suite struct MultiStepLRTests {
    @Test func resNetRecipe() {
        // ResNet: 0.1, x0.1 at 30, 60, 90 -> 0.1, 0.01, 0.001, 0.0001 (with float rounding).
        let rates = ScheduleFixture.rates(MultiStepLR(milestones: [30, 60, 90]), epochs: 100)
        ScheduleFixture.expect([0, 29, 30, 59, 60, 89, 90, 99].map { rates[$0] }, [
            0.1, 0.1, 0.010000000000000002, 0.010000000000000002, 0.0010000000000000002, 0.0010000000000000002,
            0.00010000000000000003, 0.00010000000000000003,
        ])
    }

    @Test func repeatedMilestoneDecaysTwice() {
        // A Counter in PyTorch: gamma^2 at epoch 2.
        ScheduleFixture.expect(ScheduleFixture.rates(MultiStepLR(milestones: [2, 2], gamma: 0.5), epochs: 3), [0.1, 0.1, 0.1 * 0.25])
    }

    @Test func defaultMilestonesAreTheResNetRecipeFor100Epochs() throws {
        let schedule = try #require(try Schedules.catalog.build("multistep", context: BuildContext(totalSteps: 100)) as? MultiStepLR)
        #expect(schedule.milestones == [30, 60, 90])
    }
}
