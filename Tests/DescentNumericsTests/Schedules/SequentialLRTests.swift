import Foundation
import Testing
@testable import DescentNumerics

/// SequentialLR: at a milestone the next scheduler runs step(0), its closed form at its own epoch 0.
@Suite struct SequentialLRTests {
    @Test func warmUpThenCosineRestartsTheCosineAtTheBaseRate() throws {
        // SequentialLR([LinearLR(0.1, 1.0, 5), CosineAnnealingLR(T_max 5, eta_min 0.01)], [5]), lr 0.1.
        let built = try Schedules.catalog.build(
            "sequential",
            ["schedulers": .list([.text("linear(start_factor=0.1, total_iters=5)"), .text("cosine(T_max=5, eta_min=0.01)")]),
             "milestones": .list([.number(5)])]
        )
        ScheduleFixture.expect(ScheduleFixture.rates(try #require(built as? SequentialLR), epochs: 11), [
            0.010000000000000002, 0.028000000000000004, 0.046000000000000006, 0.064, 0.082, 0.1,
            0.09140576474687263, 0.06890576474687263, 0.04109423525312736, 0.018594235253127367, 0.01,
        ])
    }

    @Test func theSecondSchedulerStartsFromItsOwnBeginning() {
        // [ExponentialLR(0.5), StepLR(2, 0.1)], milestone 3: 0.1, 0.05, 0.025, then back to 0.1 (StepLR's epoch 0).
        let sequence = SequentialLR(first: ExponentialLR(gamma: 0.5), then: [.init(milestone: 3, schedule: StepLR(stepSize: 2))])
        ScheduleFixture.expect(ScheduleFixture.rates(sequence, epochs: 8), [
            0.1, 0.05, 0.025, 0.1, 0.1, 0.010000000000000002, 0.010000000000000002, 0.0010000000000000002,
        ])
    }

    @Test func commandLineSplitListsReadTheSame() throws {
        // `--set schedulers=linear(start_factor=0.1,total_iters=5),cosine` splits at every comma.
        let split = ParameterValue(commandLine: "linear(start_factor=0.1,total_iters=5),cosine(T_max=5,eta_min=0.01)")
        let built = try Schedules.catalog.build("sequential", ["schedulers": split, "milestones": .number(5)])
        ScheduleFixture.expect(Array(ScheduleFixture.rates(try #require(built as? SequentialLR), epochs: 11)[4...6]), [0.082, 0.1, 0.09140576474687263])
    }

    @Test func childDefaultsSeeOnlyTheirOwnStretch() throws {
        // 20 epochs, milestone 5: the cosine's T_max defaults to 15, so it reaches 0 at epoch 20.
        let built = try Schedules.catalog.build("sequential", context: BuildContext(totalSteps: 20))
        let rates = ScheduleFixture.rates(try #require(built as? SequentialLR), epochs: 21)
        #expect(abs(rates[20]) < 1e-15)
    }

    @Test func mistakesInChildrenAreLocated() {
        let problems: [([String: ParameterValue], String)] = [
            (["schedulers": .list([.text("linear"), .text("cosin")])], "did you mean"),
            (["schedulers": .list([.text("linear(start_factr=0.5)"), .text("cosine")])], "did you mean 'start_factor'"),
            (["schedulers": .list([.text("linear"), .text("cosine"), .text("step")])], "one entry fewer"),
            (["schedulers": .list([.text("linear"), .text("plateau")])], "cannot be chained"),
            (["schedulers": .list([.text("linear(start_factor)"), .text("cosine")])], "key=value"),
        ]
        for (values, fragment) in problems {
            do {
                _ = try Schedules.catalog.build("sequential", values)
                Issue.record("expected an error for \(values)")
            } catch {
                #expect(error.key == "schedulers" || error.key == "milestones")
                #expect(error.message.contains(fragment), "\(error.message)")
            }
        }
    }
}
