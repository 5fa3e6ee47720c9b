import Testing
@testable import DescentNumerics

/// ReduceLROnPlateau: better = a < best*(1 - threshold) (min, rel); bad epochs > patience -> lr*factor,
/// then cooldown epochs in which bad epochs are not counted.
@Suite struct ReduceLROnPlateauTests {
    @Test func patienceCooldownAndRelativeThreshold() {
        // Losses after epochs 1...12. 0.9 repeated is bad from epoch 3; the third bad epoch (5) exceeds
        // patience 2: lr 0.01. 0.89995 is not better than 0.9*(1 - 1e-4) = 0.89991. Cooldown 2 swallows
        // epochs 6-7, so the next reduction comes at epoch 10.
        let losses = [1.0, 0.9, 0.9, 0.9, 0.9, 0.89995, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9]
        let rates = ScheduleFixture.rates(ReduceLROnPlateau(patience: 2, cooldown: 2), epochs: 13, losses: losses)
        ScheduleFixture.expect(rates, [
            0.1, 0.1, 0.1, 0.1, 0.1, 0.010000000000000002, 0.010000000000000002, 0.010000000000000002,
            0.010000000000000002, 0.010000000000000002, 0.0010000000000000002, 0.0010000000000000002, 0.0010000000000000002,
        ])
    }

    @Test func absoluteThresholdWithZeroPatience() {
        // Improvements of 0.05 and 0.03 count (> 0.02); 0.01 and 0.005 do not, so the rate drops twice.
        let rates = ScheduleFixture.rates(ReduceLROnPlateau(patience: 0, threshold: 0.02, thresholdMode: .abs), epochs: 6, losses: [1.0, 0.95, 0.92, 0.91, 0.905])
        ScheduleFixture.expect(rates, [0.1, 0.1, 0.1, 0.1, 0.010000000000000002, 0.0010000000000000002])
    }

    @Test func minLearningRateIsAFloor() {
        let rates = ScheduleFixture.rates(ReduceLROnPlateau(patience: 0, minLearningRate: 0.05), epochs: 4, losses: [1, 1, 1])
        #expect(rates == [0.1, 0.1, 0.05, 0.05])
    }
}
