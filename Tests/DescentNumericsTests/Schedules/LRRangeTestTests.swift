import Testing
@testable import DescentNumerics

/// `lr_range_test`: `lr_e = lr * (end_lr / lr)^(e / (T - 1))` (Smith 2017, fastai's `lr_find`,
/// torch-lr-finder's `ExponentialLR` with `r = curr_iter / (num_iter - 1)`).
@Suite("LRRangeTest")
struct LRRangeTestTests {
    @Test("1e-3 to 1 over T = 4 epochs: one decade per epoch, end_lr exactly at epoch 3, then on")
    func decadePerEpoch() throws {
        // T defaults to the run's epochs: 4 steps of 1 epoch each.
        var schedule = try Schedules.catalog.build("lr_finder", ["end_lr": .number(1)], context: BuildContext(totalSteps: 4))
        var rates = [schedule.start(baseLearningRate: 0.001).learningRate]
        for _ in 0..<4 { rates.append(schedule.advance(loss: 0).learningRate) }
        // 0.001 * 1000^(e/3) for e = 0 ... 4.
        for (rate, expected) in zip(rates, [0.001, 0.01, 0.1, 1, 10]) {
            #expect(abs(rate - expected) <= 1e-12 * expected)
        }
    }

    @Test("T given: 0.01 to 10 over T = 7 is a factor 10^(1/2) per epoch")
    func explicitT() throws {
        var schedule = try Schedules.catalog.build("lr_range_test", ["end_lr": .number(10), "T": .number(7)], context: BuildContext(totalSteps: 100))
        var rate = schedule.start(baseLearningRate: 0.01).learningRate
        for _ in 0..<6 { rate = schedule.advance(loss: 0).learningRate }
        #expect(abs(rate - 10) <= 1e-12 * 10)
        #expect(throws: ParameterError.self) { try Schedules.catalog.build("lr_range_test", ["T": .number(1)]) }
    }
}
