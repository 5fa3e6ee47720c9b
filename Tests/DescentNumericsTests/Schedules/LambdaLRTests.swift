import Testing
@testable import DescentNumerics

/// LambdaLR: `base_lr * lmbda(last_epoch)`; MultiplicativeLR: `group['lr'] * lmbda(last_epoch)`
/// for `last_epoch > 0`, else `group['lr']` (torch/optim/lr_scheduler.py). Python floats.
@Suite struct LambdaLRTests {
    @Test func lambdaScalesTheBaseRate() throws {
        let schedule = try Schedules.catalog.build("LambdaLR", ["lr_lambda": .text("0.5^epoch")])
        ScheduleFixture.expect(ScheduleFixture.rates(schedule, epochs: 4), [0.1, 0.05, 0.025, 0.0125])
    }

    /// Factor 1 - 0.1*e: 0.1, 0.1*0.9, then *0.8, *0.7.
    @Test func multiplicativeScalesThePreviousRate() throws {
        let schedule = try Schedules.catalog.build("MultiplicativeLR", ["lr_lambda": .text("1 - 0.1*epoch")])
        ScheduleFixture.expect(ScheduleFixture.rates(schedule, epochs: 4), [0.1, 0.09000000000000001, 0.07200000000000001, 0.0504])
    }

    /// A constant factor may be written as a number (`lr_lambda: 0.95`): 0.1, 0.1*0.95, ...
    @Test func aNumberIsAFormula() throws {
        let schedule = try Schedules.catalog.build("multiplicative", ["lr_lambda": .number(0.95)])
        ScheduleFixture.expect(ScheduleFixture.rates(schedule, epochs: 3), [0.1, 0.095, 0.09025])
    }

    /// The formula may use only `epoch`; an error carries its column.
    @Test func formulaErrorsAreLocated() {
        do {
            _ = try Schedules.catalog.build("lambda", ["lr_lambda": .text("lr * epoch")])
            Issue.record("expected an error")
        } catch {
            #expect(error.key == "lr_lambda" && error.column == 1)
        }
    }
}
