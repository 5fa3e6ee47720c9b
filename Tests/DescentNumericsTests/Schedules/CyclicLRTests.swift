import Testing
@testable import DescentNumerics

/// CyclicLR: cycle = floor(1 + e/L), x = 1 + e/L - cycle, s = x/r or (x-1)/(r-1);
/// lr = base + (max - base)*s*f, momentum = max_m - (max_m - base_m)*s*f.
@Suite struct CyclicLRTests {
    @Test func triangular2HalvesTheAmplitudeEachCycle() {
        // base 0.001, max 0.006, step_size_up 2: peaks 0.006, 0.0035, 0.00225 at epochs 2, 6, 10.
        let values = ScheduleFixture.values(CyclicLR(baseLearningRate: 0.001, maxLearningRate: 0.006, stepSizeUp: 2, mode: .triangular2), epochs: 13)
        ScheduleFixture.expect(values.map(\.learningRate), [
            0.001, 0.0035, 0.006, 0.0035, 0.001, 0.0022500000000000003, 0.0035, 0.0022500000000000003, 0.001,
            0.0016250000000000001, 0.0022500000000000003, 0.0016250000000000001, 0.001,
        ])
        // Momentum moves inversely: 0.9 at the rate's lows, 0.8 at the first peak.
        ScheduleFixture.expect(values.compactMap(\.momentum), [
            0.9, 0.8500000000000001, 0.8, 0.8500000000000001, 0.9, 0.875, 0.8500000000000001, 0.875, 0.9,
            0.8875000000000001, 0.875, 0.8875000000000001, 0.9,
        ])
    }

    @Test func expRangeWithAsymmetricCycle() {
        // step_size_up 2, step_size_down 4, gamma 0.9: f = 0.9^e.
        let values = ScheduleFixture.values(
            CyclicLR(baseLearningRate: 0.001, maxLearningRate: 0.006, stepSizeUp: 2, stepSizeDown: 4, mode: .expRange, gamma: 0.9), epochs: 9
        )
        ScheduleFixture.expect(values.map(\.learningRate), [
            0.001, 0.003250000000000001, 0.00505, 0.00373375, 0.0026402500000000002, 0.0017381124999999993, 0.001,
            0.002195742250000002, 0.003152336049999999,
        ])
        ScheduleFixture.expect(values.compactMap(\.momentum), [
            0.9, 0.855, 0.8190000000000001, 0.845325, 0.867195, 0.88523775, 0.9, 0.876085155, 0.8569532790000001,
        ])
    }

    @Test func baseRateDefaultsToTheRunsRateAndMomentumCanBeOff() throws {
        let built = try Schedules.catalog.build("CyclicLR", ["cycle_momentum": .boolean(false)], context: BuildContext(totalSteps: 80, learningRate: 0.05))
        let values = ScheduleFixture.values(try #require(built as? CyclicLR), epochs: 11, base: 0.05)
        // step_size_up defaults to 80/8 = 10 epochs, max_lr to 4*base: the peak 0.2 at epoch 10.
        #expect(values[0].learningRate == 0.05 && OptimizerFixture.close(values[10].learningRate, 0.2))
        #expect(values.allSatisfy { $0.momentum == nil })
    }
}
