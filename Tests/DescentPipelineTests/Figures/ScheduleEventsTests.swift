import Testing
@testable import DescentPipeline

@Suite("milestones and restarts found in learning-rate sequences")
struct ScheduleEventsTests {
    /// MultiStepLR(milestones [3, 6], gamma 0.5) from 1.0, one step per epoch.
    @Test func multiStepDrops() {
        let rates = [1.0, 1, 1, 0.5, 0.5, 0.5, 0.25, 0.25, 0.25]
        #expect(ScheduleEvents.events(in: rates) == [
            .init(step: 3, kind: .milestone, factor: 0.5), .init(step: 6, kind: .milestone, factor: 0.5),
        ])
    }

    /// ExponentialLR(gamma 0.5) changes every epoch: a smooth decay, no events.
    @Test func exponentialDecayIsNoEvent() {
        #expect(ScheduleEvents.events(in: (0..<10).map { 0.5 * pow2(-$0) }).isEmpty)
    }

    /// A per-epoch schedule seen per step is flat within each epoch; with 2 steps per epoch the
    /// plateaus are 2 steps long, shorter than the 4 a milestone needs.
    @Test func perEpochDecayIsNoEvent() {
        let rates = [1.0, 1, 0.5, 0.5, 0.25, 0.25, 0.125, 0.125]
        #expect(ScheduleEvents.events(in: rates, stepsPerEpoch: 2).isEmpty)
    }

    /// CosineAnnealingWarmRestarts(T_0 4, eta_min 0) from 1: 1, 0.854, 0.5, 0.146, then 1 again.
    @Test func warmRestart() {
        let rates = [1, 0.8535533905932737, 0.5, 0.14644660940672627, 1, 0.8535533905932737, 0.5]
        #expect(ScheduleEvents.events(in: rates) == [.init(step: 4, kind: .restart, factor: 1 / 0.14644660940672627)])
    }

    /// A linear warm-up climbs over several changes: no restart.
    @Test func warmUpIsNoRestart() {
        #expect(ScheduleEvents.events(in: [0.1, 0.4, 0.7, 1.0, 1.0, 1.0]).isEmpty)
    }

    private func pow2(_ e: Int) -> Double { e >= 0 ? Double(1 << e) : 1 / Double(1 << -e) }
}
