import Testing
@testable import DescentNumerics

/// ChainedScheduler steps every schedule each epoch on the same `group['lr']`
/// (torch/optim/lr_scheduler.py, `ChainedScheduler.step`); the chainable `get_lr` forms read the
/// rate the schedules before them set. Expected values replayed in Python floats.
@Suite struct ChainedSchedulerTests {
    /// PyTorch's docstring example: ConstantLR(factor=0.1, total_iters=2) then ExponentialLR(0.9)
    /// from lr = 1: 0.1, 0.09, 0.81, 0.729, ... (ConstantLR multiplies by 1/0.1 at epoch 2).
    @Test func factorsMultiply() throws {
        let chain = try Schedules.catalog.build("ChainedScheduler", [
            "schedulers": .list([.text("constant_factor(factor=0.1, total_iters=2)"), .text("exponential(gamma=0.9)")]),
        ])
        ScheduleFixture.expect(ScheduleFixture.rates(chain, epochs: 6, base: 1), [
            0.1, 0.09000000000000001, 0.8100000000000002, 0.7290000000000002, 0.6561000000000002, 0.5904900000000002,
        ])
    }

    /// MultiplicativeLR(0.5) then StepLR(step_size=2, gamma=0.1) from 1: halving every epoch and
    /// a tenth more every second one; StepLR's milestones are passed on as events.
    @Test func chainableChildrenAndTheirEvents() throws {
        let chain = ChainedScheduler([try MultiplicativeLR("0.5"), StepLR(stepSize: 2, gamma: 0.1)])
        let values = ScheduleFixture.values(chain, epochs: 5, base: 1)
        ScheduleFixture.expect(values.map(\.learningRate), [1.0, 0.5, 0.025, 0.0125, 0.0006250000000000001])
        #expect(values.map(\.events) == [[], [], [ScheduleEvent(.milestone, factor: 0.1)], [], [ScheduleEvent(.milestone, factor: 0.1)]])
    }

    /// A closed form overwrites the rate: exponential then warm restarts is just the restarts.
    @Test func closedFormsOverwrite() {
        let chain = ChainedScheduler([ExponentialLR(gamma: 0.5), CosineAnnealingWarmRestarts(t0: 3)])
        ScheduleFixture.expect(ScheduleFixture.rates(chain, epochs: 6), ScheduleFixture.rates(CosineAnnealingWarmRestarts(t0: 3), epochs: 6))
    }

    /// `constant` in a chain keeps the rate the others set: exponential(0.5) alone.
    @Test func constantIsTheIdentityInAChain() {
        let chain = ChainedScheduler([ExponentialLR(gamma: 0.5), ConstantSchedule()])
        ScheduleFixture.expect(ScheduleFixture.rates(chain, epochs: 4), [0.1, 0.05, 0.025, 0.0125])
    }

    @Test func plateauCannotBeChained() {
        #expect(throws: ParameterError.self) { try Schedules.catalog.build("chained", ["schedulers": .list([.text("plateau")])]) }
    }
}
