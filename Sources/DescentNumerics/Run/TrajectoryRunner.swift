/// Runs an optimizer over a surface under a schedule, recording every step.
public enum TrajectoryRunner {
    /// Runs `setup` to completion or until it diverges.
    ///
    /// The schedule is started before the first step and advanced after every `stepsPerEpoch`
    /// steps with the loss at that point, as a PyTorch loop calls `scheduler.step()` at the end of
    /// each epoch. The events the schedule reports are recorded at the step that first uses the
    /// new rate (none for the advance after the last step).
    ///
    /// Gradients: on a `SampledSurface` with a `batchSize` below its sample count, the mean over
    /// shuffled mini-batches (a new shuffle every pass); on other surfaces with `noise > 0`, the
    /// exact gradient plus Gaussian noise of standard deviation `noise / sqrt(batchSize)`;
    /// otherwise the exact gradient. Losses are always the full, noise-free `f`, and Newton's
    /// Hessian is always the full one.
    ///
    /// A run stops at the first step whose point or loss is NaN or infinite, or whose point leaves
    /// `escapeDomain`; the trajectory then ends at the last good point and records why.
    public static func run(_ setup: RunSetup) -> Trajectory {
        run(setup, surface: setup.surface)
    }

    /// Opens the surface and picks the gradient source.
    private static func run<S: Surface>(_ setup: RunSetup, surface: S) -> Trajectory {
        if let sampled = surface as? any SampledSurface {
            let sampler = MiniBatchSampler(count: sampled.sampleCount, batchSize: setup.batchSize, seed: setup.seed)
            if sampler.batchSize < sampler.count { return run(setup, sampled: sampled, sampler: sampler) }
        } else if setup.noise > 0 {
            let deviation = setup.noise / Double(setup.batchSize ?? 1).squareRoot()
            let source = NoisyGradient(surface: surface, standardDeviation: deviation, random: RandomSource(seed: setup.seed))
            return loop(setup, surface: surface, gradients: source, optimizer: setup.optimizer, schedule: setup.schedule)
        }
        return loop(setup, surface: surface, gradients: ExactGradient(surface: surface), optimizer: setup.optimizer, schedule: setup.schedule)
    }

    private static func run<S: SampledSurface>(_ setup: RunSetup, sampled: S, sampler: MiniBatchSampler) -> Trajectory {
        let source = MiniBatchGradient(surface: sampled, sampler: sampler)
        return loop(setup, surface: sampled, gradients: source, optimizer: setup.optimizer, schedule: setup.schedule)
    }

    /// The step loop, specialized for every surface, gradient source, optimizer and schedule.
    private static func loop<S: Surface, G: GradientSource, O: Optimizer, L: LearningRateSchedule>(
        _ setup: RunSetup, surface: S, gradients: G, optimizer: O, schedule: L
    ) -> Trajectory {
        var gradients = gradients
        var schedule = schedule
        var state = optimizer.makeState()
        var trajectory = Trajectory(capacity: setup.steps + 1)
        var point = setup.start
        var value = schedule.start(baseLearningRate: setup.learningRate)
        var gradient = gradients.gradient(at: point)
        var loss = surface.value(at: point)
        var closure: (@Sendable (Vec2) -> (Double, Vec2))?
        if optimizer.needsClosure {
            closure = { @Sendable p in (surface.value(at: p), surface.gradient(at: p)) }
        }

        trajectory.points.append(point)
        trajectory.losses.append(loss)
        trajectory.gradients.append(gradient)
        trajectory.learningRates.append(value.learningRate)

        for step in stride(from: 1, through: setup.steps, by: 1) {
            let context = StepContext(
                gradient: gradient, learningRate: value.learningRate, scheduledMomentum: value.momentum,
                hessian: optimizer.needsHessian ? surface.hessian(at: point) : nil, step: step, evaluate: closure
            )
            let previous = point
            if let rates = optimizer.update(&point, state: &state, context: context) {
                if trajectory.effectiveRates.isEmpty { trajectory.effectiveRates.reserveCapacity(setup.steps) }
                trajectory.effectiveRates.append(rates)
            }
            if optimizer.needsClosure {
                for evaluated in optimizer.evaluations(in: state) { trajectory.evaluations.append(StepPoint(step: step, point: evaluated)) }
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
                if step < setup.steps {
                    for event in value.events { trajectory.events.append(StepEvent(step: step, event: event)) }
                }
            }
            gradient = gradients.gradient(at: point)
            trajectory.points.append(point)
            trajectory.losses.append(loss)
            trajectory.gradients.append(gradient)
            trajectory.learningRates.append(value.learningRate)
            if let average = optimizer.averagedPoint(in: state) {
                if trajectory.averagedPoints.isEmpty { trajectory.averagedPoints = [setup.start] }
                trajectory.averagedPoints.append(average)
            }
        }
        return trajectory
    }
}
