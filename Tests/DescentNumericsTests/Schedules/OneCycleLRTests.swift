import Testing
@testable import DescentNumerics

/// OneCycleLR: phases end at pct_start*T - 1 and T - 1; cos anneal t + (s - t)/2*(cos(pi p) + 1).
@Suite struct OneCycleLRTests {
    @Test func peaksAtPctStartThenAnnealsFarBelowTheStart() {
        // max_lr 0.1, T = 10, pct_start 0.3: initial 0.004, peak at epoch 0.3*10 - 1 = 2, min 4e-7 at epoch 9.
        let values = ScheduleFixture.values(OneCycleLR(maxLearningRate: 0.1, totalSteps: 10), epochs: 11)
        ScheduleFixture.expect(values.map(\.learningRate), [
            0.0040000000000000036, 0.052000000000000005, 0.1, 0.09504846320134738, 0.0811745653949763, 0.06112620219362893,
            0.03887419780637107, 0.0188258346050237, 0.004951936798652629, 4e-07, 0.004951936798652624,
        ])
        ScheduleFixture.expect(values.compactMap(\.momentum), [
            0.95, 0.8999999999999999, 0.85, 0.854951556604879, 0.8688255099070633, 0.8888739533021842, 0.9111260466978157,
            0.9311744900929366, 0.945048443395121, 0.95, 0.945048443395121,
        ])
    }

    @Test func threePhaseLinear() {
        let values = ScheduleFixture.values(OneCycleLR(maxLearningRate: 0.1, totalSteps: 10, anneal: .linear, threePhase: true), epochs: 11)
        ScheduleFixture.expect(values.map(\.learningRate), [
            0.004, 0.052000000000000005, 0.1, 0.052000000000000005, 0.0040000000000000036, 0.00320008, 0.00240016,
            0.0016002400000000002, 0.0008003200000000002, 4.0000000000022656e-07, -0.0007995199999999997,
        ])
        ScheduleFixture.expect(values.compactMap(\.momentum), [0.95, 0.8999999999999999, 0.85, 0.8999999999999999, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95])
    }

    @Test func holdsTheLastRateBeyondTotalSteps() {
        // PyTorch raises past total_steps; this schedule holds the value of step total_steps.
        let rates = ScheduleFixture.rates(OneCycleLR(maxLearningRate: 0.1, totalSteps: 10), epochs: 14)
        #expect(rates[10...].allSatisfy { $0 == rates[10] })
    }

    @Test func zeroLengthPhaseDoesNotProduceNaN() {
        // pct_start*T - 1 = 0: PyTorch divides by zero; here the first phase is finished at once.
        let rates = ScheduleFixture.rates(OneCycleLR(maxLearningRate: 0.1, totalSteps: 10, pctStart: 0.1), epochs: 3)
        #expect(rates.allSatisfy(\.isFinite) && rates[0] == 0.1)
    }
}
