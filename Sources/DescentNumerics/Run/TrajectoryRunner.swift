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
    ///
    /// On a ``NetworkSurface`` the whole network is trained (``ParameterRunner``) and the run is
    /// projected onto the surface's plane (see `NetworkSurface.projectedRun(_:)`).
    public static func run(_ setup: RunSetup) -> Trajectory {
        if let network = setup.surface as? NetworkSurface { return network.projectedRun(setup) }
        var trajectory = Trajectory(capacity: setup.steps + 1)
        var gradients = gradientSource(setup)
        setup.optimizer.runSteps(setup, gradients: &gradients, into: &trajectory)
        return trajectory
    }

    /// Runs `setup` exactly as `run(_:)` does but keeps only where it ended, for the many runs of
    /// a basins map: no per-step storage.
    public static func endpoint(_ setup: RunSetup) -> RunEndpoint {
        if let network = setup.surface as? NetworkSurface {
            let run = network.projectedRun(setup)
            var end = RunEndpoint(point: run.points.last ?? setup.start)
            end.loss = run.losses.last ?? .nan
            end.divergence = run.divergence
            return end
        }
        var end = RunEndpoint(point: setup.start)
        var gradients = gradientSource(setup)
        setup.optimizer.runSteps(setup, gradients: &gradients, into: &end)
        return end
    }

    /// The run's gradient source: mini-batches, noisy or exact (see `run(_:)`).
    static func gradientSource(_ setup: RunSetup) -> any GradientSource {
        let surface = setup.surface
        if let sampled = surface as? any SampledSurface {
            let sampler = MiniBatchSampler(count: sampled.sampleCount, batchSize: setup.batchSize, seed: setup.seed)
            if sampler.batchSize < sampler.count { return miniBatches(sampled, sampler) }
        } else if setup.noise > 0 {
            let deviation = setup.noise / Double(setup.batchSize ?? 1).squareRoot()
            return noisy(surface, deviation: deviation, seed: setup.seed)
        }
        return exact(surface)
    }

    private static func miniBatches<S: SampledSurface>(_ surface: S, _ sampler: MiniBatchSampler) -> any GradientSource {
        MiniBatchGradient(surface: surface, sampler: sampler)
    }

    private static func noisy<S: Surface>(_ surface: S, deviation: Double, seed: UInt64) -> any GradientSource {
        NoisyGradient(surface: surface, standardDeviation: deviation, random: RandomSource(seed: seed))
    }

    private static func exact<S: Surface>(_ surface: S) -> any GradientSource {
        ExactGradient(surface: surface)
    }

    /// The step loop, generic over the optimizer and the recording only: it is entered through
    /// `Optimizer.runSteps`, whose witness for each optimizer is compiled with both types known, so
    /// the per-step `update` is direct and inlined. The surface, the gradient source and the
    /// schedule are called through their existentials, one indirect call each per step.
    static func loop<O: Optimizer, R: StepRecording>(
        _ setup: RunSetup, gradients: inout any GradientSource, optimizer: O, into trajectory: inout R
    ) {
        let surface = setup.surface
        var schedule = setup.schedule
        var state = optimizer.makeState()
        var point = setup.start
        var value = schedule.start(baseLearningRate: setup.learningRate)
        var gradient = gradients.gradient(at: point)
        var loss = surface.value(at: point)
        var closure: (@Sendable (Vec2) -> (Double, Vec2))?
        if optimizer.needsClosure {
            closure = { @Sendable p in (surface.value(at: p), surface.gradient(at: p)) }
        }

        trajectory.append(point: point, loss: loss, gradient: gradient, learningRate: value.learningRate)

        for step in stride(from: 1, through: setup.steps, by: 1) {
            let context = StepContext(
                gradient: gradient, learningRate: value.learningRate, scheduledMomentum: value.momentum,
                hessian: optimizer.needsHessian ? surface.hessian(at: point) : nil, step: step, evaluate: closure
            )
            let previous = point
            if let rates = optimizer.update(&point, state: &state, context: context) {
                trajectory.appendEffectiveRates(rates, capacity: setup.steps)
            }
            if R.recordsMoments, let moment = optimizer.moment(in: state, step: step) { trajectory.appendMoment(moment, capacity: setup.steps) }
            if optimizer.needsClosure {
                for evaluated in optimizer.evaluations(in: state) { trajectory.appendEvaluation(StepPoint(step: step, point: evaluated)) }
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
                    for event in value.events { trajectory.appendEvent(StepEvent(step: step, event: event)) }
                }
            }
            gradient = gradients.gradient(at: point)
            trajectory.append(point: point, loss: loss, gradient: gradient, learningRate: value.learningRate)
            if let average = optimizer.averagedPoint(in: state) { trajectory.appendAveragedPoint(average, start: setup.start) }
        }
    }
}
