import Testing
@testable import DescentNumerics

/// warmup_cosine = SequentialLR([LinearLR(start_factor, 1, warmup), CosineAnnealingLR(epochs - warmup)], [warmup]).
@Suite struct WarmupCosineTests {
    @Test func equalsTheSequentialItAbbreviates() throws {
        let context = BuildContext(totalSteps: 30)
        let short = try Schedules.catalog.build("warmup_cosine", ["warmup": .number(4), "start_factor": .number(0.2)], context: context)
        let long = try Schedules.catalog.build(
            "sequential", ["schedulers": .list([.text("linear(start_factor=0.2, total_iters=4)"), .text("cosine")]), "milestones": .number(4)],
            context: context
        )
        let a = ScheduleFixture.rates(try #require(short as? SequentialLR), epochs: 31)
        let b = ScheduleFixture.rates(try #require(long as? SequentialLR), epochs: 31)
        #expect(a == b)
        // Warm-up from 0.02; the cosine starts at the base 0.1 at epoch 4 and ends at 0 at epoch 30.
        #expect(OptimizerFixture.close(a[0], 0.020000000000000004) && a[4] == 0.1 && abs(a[30]) < 1e-15)
    }
}
