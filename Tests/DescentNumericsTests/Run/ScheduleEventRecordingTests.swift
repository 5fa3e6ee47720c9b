import Testing
@testable import DescentNumerics

/// The events a run records are the facts its schedule reported, at the step that first uses the
/// new rate, never at the last index (the rate no step uses). Expected steps are counted by hand
/// from PyTorch's rules (torch/optim/lr_scheduler.py).
@Suite("Schedule events recorded by the run loop")
struct ScheduleEventRecordingTests {
    /// SGD on the bowl with a tiny rate, so no run diverges and only the schedule matters.
    func events(_ schedule: any LearningRateSchedule, steps: Int, stepsPerEpoch: Int = 1) -> [StepEvent] {
        TrajectoryRunner.run(RunSetup(
            surface: Bowl(), optimizer: SGD(), schedule: schedule, learningRate: 0.01, start: Vec2(1, 1),
            steps: steps, stepsPerEpoch: stepsPerEpoch
        )).events
    }

    func steps(_ events: [StepEvent], _ kind: ScheduleEvent.Kind) -> [Int] {
        events.filter { $0.event.kind == kind }.map(\.step)
    }

    /// StepLR(step_size=30) over 100 epochs: `e % 30 == 0` at 30, 60, 90, each times gamma.
    @Test func stepLRMilestones() {
        let found = events(StepLR(stepSize: 30, gamma: 0.1), steps: 100)
        #expect(found == [30, 60, 90].map { StepEvent(step: $0, event: ScheduleEvent(.milestone, factor: 0.1)) })
    }

    /// Over 90 epochs the decay at 90 only sets the rate after the last step: not recorded.
    @Test func noEventAtTheLastStep() {
        #expect(steps(events(StepLR(stepSize: 30), steps: 90), .milestone) == [30, 60])
        // Lesson 14: T_0 = 50 over 200 epochs restarts at 50, 100, 150; the one at 200 is no fact of the run.
        #expect(steps(events(CosineAnnealingWarmRestarts(t0: 50), steps: 200), .restart) == [50, 100, 150])
    }

    /// With 5 steps per epoch the epoch-2k milestones of StepLR(step_size=2) fall on steps 10k.
    @Test func eventsAreAtStepsNotEpochs() {
        #expect(steps(events(StepLR(stepSize: 2), steps: 50, stepsPerEpoch: 5), .milestone) == [10, 20, 30, 40])
    }

    /// MultiStepLR([3, 6, 6]): milestone 6 listed twice decays by gamma^2 (PyTorch's Counter).
    @Test func multiStepCountsRepeatedMilestones() {
        let found = events(MultiStepLR(milestones: [3, 6, 6], gamma: 0.5), steps: 10)
        #expect(found == [
            StepEvent(step: 3, event: ScheduleEvent(.milestone, factor: 0.5)),
            StepEvent(step: 6, event: ScheduleEvent(.milestone, factor: 0.25)),
        ])
    }

    /// SGDR with T_0 = 10, T_mult = 2: periods 10, 20, 40, so restarts at 10, 30, 70.
    @Test func warmRestartsDoublePeriods() {
        #expect(events(CosineAnnealingWarmRestarts(t0: 10, tMult: 2), steps: 100) == [10, 30, 70].map {
            StepEvent(step: $0, event: ScheduleEvent(.restart))
        })
    }

    /// ReduceLROnPlateau(patience=2, factor=0.5) fed 1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5: the first 1
    /// is the best (bad 0), the next three make bad 1, 2, 3 > 2, so the 4th call reduces; the first
    /// 0.5 is better, the next three reduce again at the 8th call.
    @Test func plateauReductionsOnALossSequence() {
        let values = ScheduleFixture.values(ReduceLROnPlateau(factor: 0.5, patience: 2), epochs: 10, base: 0.1,
                                            losses: [1, 1, 1, 1, 0.5, 0.5, 0.5, 0.5, 0.5])
        let placed = values.enumerated().filter { !$0.element.events.isEmpty }.map(\.offset)
        #expect(placed == [4, 8])
        #expect(values[4].events == [ScheduleEvent(.plateau, factor: 0.05 / 0.1)])
        // min_lr = 0.08 clamps the cut: the factor reported is the one applied, 0.08 / 0.1.
        let clamped = ScheduleFixture.values(ReduceLROnPlateau(factor: 0.5, patience: 0, minLearningRate: 0.08), epochs: 3, base: 0.1, losses: [1, 1])
        #expect(clamped[2].events == [ScheduleEvent(.plateau, factor: 0.08 / 0.1)])
    }

    /// OneCycleLR(total_steps=10, pct_start=0.3): the rise ends at float(0.3 * 10) - 1 = 2, the
    /// peak; three phases add the return to the start rate at 2 * 3 - 2 = 4.
    @Test func oneCyclePhases() {
        #expect(steps(events(OneCycleLR(maxLearningRate: 0.1, totalSteps: 10, momentum: nil), steps: 10), .phase) == [2])
        #expect(steps(events(OneCycleLR(maxLearningRate: 0.1, totalSteps: 10, threePhase: true, momentum: nil), steps: 10), .phase) == [2, 4])
    }

    /// SequentialLR hands over at its milestone; LinearLR and ConstantLR end their ramps at
    /// total_iters (ConstantLR with factor 1/factor).
    @Test func handOversAndRampEnds() {
        let warmup = SequentialLR(first: LinearLR(startFactor: 0.1, totalIters: 10),
                                  then: [.init(milestone: 10, schedule: CosineAnnealingLR(tMax: 20))])
        #expect(events(warmup, steps: 30) == [StepEvent(step: 10, event: ScheduleEvent(.phase))])
        #expect(events(LinearLR(startFactor: 0.5, totalIters: 4), steps: 10) == [StepEvent(step: 4, event: ScheduleEvent(.phase))])
        #expect(events(ConstantLR(factor: 0.5, totalIters: 3), steps: 10) == [StepEvent(step: 3, event: ScheduleEvent(.phase, factor: 2))])
    }

    /// Smooth schedules report nothing, however their curves look.
    @Test func smoothSchedulesReportNothing() {
        #expect(events(ExponentialLR(gamma: 0.5), steps: 20).isEmpty)
        #expect(events(CosineAnnealingLR(tMax: 5), steps: 20).isEmpty)
        #expect(events(CyclicLR(baseLearningRate: 0.01, maxLearningRate: 0.1, stepSizeUp: 3, momentum: nil), steps: 20).isEmpty)
        #expect(events(ConstantSchedule(), steps: 20).isEmpty)
    }
}
