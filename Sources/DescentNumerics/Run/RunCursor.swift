/// One run in progress: the optimizer's state, the point, its loss and gradient, the schedule and
/// the rate it gives. `TrajectoryRunner`'s step loop is this cursor advanced step by step, alone
/// for a recorded run or interleaved with others for the many endpoints of a basins map.
///
/// Generic over the optimizer, so `advance` calls its `update` directly. The surface, the
/// gradient source and the schedule are existentials, one indirect call each per step.
struct RunCursor<O: Optimizer> {
    private let start: Vec2
    private var schedule: any LearningRateSchedule
    private var state: O.State
    private var point: Vec2
    private var value: ScheduleValue
    private var gradient: Vec2
    private var loss: Double

    /// Starts the schedule and the optimizer at `setup.start` and records the start.
    init<R: StepRecording>(_ setup: RunSetup, gradients: inout any GradientSource, optimizer: O, into record: inout R) {
        start = setup.start
        schedule = setup.schedule
        state = optimizer.makeState()
        point = setup.start
        value = schedule.start(baseLearningRate: setup.learningRate)
        gradient = gradients.gradient(at: point)
        loss = setup.surface.value(at: point)
        record.append(point: point, loss: loss, gradient: gradient, learningRate: value.learningRate)
    }

    /// Takes step `step` (from 1) of `setup` (the setup the cursor started with, whatever its
    /// `start`) and records it. Returns false when the run stopped at this step
    /// (a NaN or infinite point or loss, or a point outside `setup.escapeDomain`): the step is
    /// then recorded as `record.divergence` only, and the cursor must not advance again.
    @inline(__always)
    mutating func advance<R: StepRecording>(
        step: Int, _ setup: RunSetup, gradients: inout any GradientSource, optimizer: O, into record: inout R
    ) -> Bool {
        let context = StepContext(
            gradient: gradient, learningRate: value.learningRate, scheduledMomentum: value.momentum,
            hessian: optimizer.needsHessian ? setup.surface.hessian(at: point) : nil, step: step
        )
        let previous = point
        let rates = optimizer.needsClosure
            ? optimizer.update(&point, state: &state, context: context) { p in (setup.surface.value(at: p), setup.surface.gradient(at: p)) }
            : optimizer.update(&point, state: &state, context: context)
        if let rates {
            record.appendEffectiveRates(rates, capacity: setup.steps)
        }
        if R.recordsMoments, let moment = optimizer.moment(in: state, step: step) { record.appendMoment(moment, capacity: setup.steps) }
        if optimizer.needsClosure {
            for evaluated in optimizer.evaluations(in: state) { record.appendEvaluation(StepPoint(step: step, point: evaluated)) }
        }
        loss = setup.surface.value(at: point)
        if let reason = Divergence.Reason.stopping(at: point, loss: loss, escapeDomain: setup.escapeDomain) {
            record.divergence = Divergence(step: step, lastPoint: previous, reason: reason)
            return false
        }
        if step % setup.stepsPerEpoch == 0 {
            value = schedule.advance(loss: loss)
            if step < setup.steps {
                for event in value.events { record.appendEvent(StepEvent(step: step, event: event)) }
            }
        }
        gradient = gradients.gradient(at: point)
        record.append(point: point, loss: loss, gradient: gradient, learningRate: value.learningRate)
        if let average = optimizer.averagedPoint(in: state) { record.appendAveragedPoint(average, start: start) }
        return true
    }
}
