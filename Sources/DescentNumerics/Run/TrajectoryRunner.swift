/// Runs an optimizer over a surface under a schedule, recording every step.
public enum TrajectoryRunner {
    /// Runs `setup` to completion or until it diverges.
    ///
    /// The schedule is started before the first step and advanced after every `stepsPerEpoch`
    /// steps with the loss at that point, as a PyTorch loop calls `scheduler.step()` at the end of
    /// each epoch.
    public static func run(_ setup: RunSetup) -> Trajectory {
        run(setup, surface: setup.surface, optimizer: setup.optimizer, schedule: setup.schedule)
    }

    private static func run<S: Surface, O: Optimizer, L: LearningRateSchedule>(
        _ setup: RunSetup, surface: S, optimizer: O, schedule: L
    ) -> Trajectory {
        var schedule = schedule
        var state = optimizer.makeState()
        var trajectory = Trajectory(capacity: setup.steps + 1)
        var point = setup.start
        var value = schedule.start(baseLearningRate: setup.learningRate)
        var gradient = surface.gradient(at: point)
        var loss = surface.value(at: point)

        trajectory.points.append(point)
        trajectory.losses.append(loss)
        trajectory.gradients.append(gradient)
        trajectory.learningRates.append(value.learningRate)

        for step in stride(from: 1, through: setup.steps, by: 1) {
            let context = StepContext(
                gradient: gradient, learningRate: value.learningRate, scheduledMomentum: value.momentum,
                hessian: optimizer.needsHessian ? surface.hessian(at: point) : nil, step: step
            )
            let previous = point
            if let rates = optimizer.update(&point, state: &state, context: context) {
                trajectory.effectiveRates.append(rates)
            }
            loss = surface.value(at: point)
            if !point.isFinite || !loss.isFinite {
                trajectory.divergence = Divergence(step: step, lastPoint: previous, reason: .notFinite)
                break
            }
            if !setup.escapeDomain.contains(point) {
                trajectory.divergence = Divergence(step: step, lastPoint: previous, reason: .leftDomain)
                break
            }
            if step % setup.stepsPerEpoch == 0 {
                value = schedule.advance(loss: loss)
            }
            gradient = surface.gradient(at: point)
            trajectory.points.append(point)
            trajectory.losses.append(loss)
            trajectory.gradients.append(gradient)
            trajectory.learningRates.append(value.learningRate)
        }
        return trajectory
    }
}
