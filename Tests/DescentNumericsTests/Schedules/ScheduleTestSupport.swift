import Testing
@testable import DescentNumerics

/// Shared helpers. Expected sequences come from replaying `torch.optim.lr_scheduler`'s chainable
/// `get_lr` forms (torch/optim/lr_scheduler.py) step by step in Python floats (`python3`, no torch).
enum ScheduleFixture {
    /// The values for epochs `0..<epochs`: `start`, then `advance` with each loss (0 when none given).
    static func values<S: LearningRateSchedule>(_ schedule: S, epochs: Int, base: Double = 0.1, losses: [Double] = []) -> [ScheduleValue] {
        var schedule = schedule
        var result = [schedule.start(baseLearningRate: base)]
        for epoch in 1..<max(1, epochs) {
            result.append(schedule.advance(loss: epoch - 1 < losses.count ? losses[epoch - 1] : 0))
        }
        return result
    }

    /// The learning rates for epochs `0..<epochs`.
    static func rates<S: LearningRateSchedule>(_ schedule: S, epochs: Int, base: Double = 0.1, losses: [Double] = []) -> [Double] {
        values(schedule, epochs: epochs, base: base, losses: losses).map(\.learningRate)
    }

    /// Compares sequences element-wise with relative tolerance 1e-12.
    static func expect(_ got: [Double], _ expected: [Double], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(got.count == expected.count, sourceLocation: sourceLocation)
        for (index, (a, b)) in zip(got, expected).enumerated() {
            #expect(OptimizerFixture.close(a, b), "epoch \(index): got \(a), expected \(b)", sourceLocation: sourceLocation)
        }
    }
}
