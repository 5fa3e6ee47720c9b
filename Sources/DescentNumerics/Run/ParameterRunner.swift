/// Runs an element-wise optimizer over an N-parameter objective under a schedule.
///
/// Every element-wise rule (all but Newton and L-BFGS) updates each coordinate from its own
/// gradient component and state alone; scalars it keeps beside them (Adam's `beta^t`, NAdam's
/// `mu` product, ASGD's `eta` and `mu`) depend only on the step count and the rate, which all
/// coordinates share. So the N-dimensional PyTorch rule is exactly the 2D rule applied to
/// consecutive coordinate pairs `(theta_0, theta_1), (theta_2, theta_3), ...`, each pair with its
/// own state (an odd last coordinate is paired with a dummy 0 of gradient 0, which no rule moves
/// and which is dropped). The two-parameter loop stays as it was.
///
/// Per step: the next mini-batch's gradient (a `DataLoader(shuffle=True, drop_last=False)`
/// order), one update, then the full training loss at the new parameters (for the full batch it
/// comes with the next gradient from the same pass). The schedule advances after every
/// `stepsPerEpoch` steps with the full training loss (also `ReduceLROnPlateau`'s metric).
/// A run stops at the first step whose loss or parameters are not finite, or whose largest
/// parameter magnitude exceeds `divergenceBound`; the path ends at the last good parameters.
public enum ParameterRunner {
    /// A run setup's optimizer that is not element-wise (it needs a Hessian or a closure).
    public struct NotElementWise: Error, CustomStringConvertible {
        public var description: String {
            "this optimizer is not element-wise (it needs a Hessian or a line search over all parameters); "
                + "N-parameter runs take element-wise rules such as sgd, momentum or adam"
        }
    }

    /// Runs `setup` to completion or until it diverges.
    public static func run(_ setup: ParameterRunSetup) throws(NotElementWise) -> ParameterTrajectory {
        guard setup.optimizer.isElementWise else { throw NotElementWise() }
        var record = ParameterTrajectory(capacity: setup.steps + 1)
        setup.optimizer.runParameterSteps(setup, into: &record)
        return record
    }

    /// The step loop, specialized per optimizer through `Optimizer.runParameterSteps`.
    static func loop<O: Optimizer>(_ setup: ParameterRunSetup, optimizer: O, into record: inout ParameterTrajectory) {
        var objective = setup.objective
        var schedule = setup.schedule
        let n = objective.parameterCount, pairs = (n + 1) / 2
        guard setup.start.count == n else { return }
        var states = [O.State](repeating: optimizer.makeState(), count: pairs)
        var theta = setup.start
        var gradient = [Double](repeating: 0, count: n)
        var sampler = MiniBatchSampler(count: objective.sampleCount, batchSize: setup.batchSize, seed: setup.seed)
        let fullBatch = sampler.batchSize >= sampler.count
        let everything = Array(0..<objective.sampleCount)
        let stepsPerEpoch = sampler.batchesPerEpoch
        var value = schedule.start(baseLearningRate: setup.learningRate)
        var loss = fullBatch
            ? objective.lossAndGradient(theta, samples: everything[...], gradient: &gradient)
            : objective.loss(theta)
        record.append(theta, loss: loss, validation: objective.validationLoss(theta), learningRate: value.learningRate)

        for step in stride(from: 1, through: setup.steps, by: 1) {
            if !fullBatch {
                let batch = sampler.nextBatch()
                _ = objective.lossAndGradient(theta, samples: sampler.order[batch], gradient: &gradient)
            }
            let context = StepContext(gradient: .zero, learningRate: value.learningRate, scheduledMomentum: value.momentum, step: step)
            updatePairs(&theta, gradient: gradient, states: &states, optimizer: optimizer, context: context)
            loss = fullBatch
                ? objective.lossAndGradient(theta, samples: everything[...], gradient: &gradient)
                : objective.loss(theta)
            if let reason = stopReason(theta, loss: loss, bound: setup.divergenceBound) {
                record.divergence = ParameterTrajectory.Stop(step: step, reason: reason)
                break
            }
            if step % stepsPerEpoch == 0 {
                value = schedule.advance(loss: loss)
                if step < setup.steps {
                    for event in value.events { record.events.append(StepEvent(step: step, event: event)) }
                }
            }
            record.append(theta, loss: loss, validation: objective.validationLoss(theta), learningRate: value.learningRate)
        }
    }

    /// One update of every coordinate pair with its own state.
    @inline(__always)
    private static func updatePairs<O: Optimizer>(
        _ theta: inout [Double], gradient: [Double], states: inout [O.State], optimizer: O, context: StepContext
    ) {
        let n = theta.count
        var context = context
        theta.withUnsafeMutableBufferPointer { t in
            gradient.withUnsafeBufferPointer { g in
                states.withUnsafeMutableBufferPointer { s in
                    for k in 0..<s.count {
                        let i = 2 * k, paired = i + 1 < n
                        var point = Vec2(t[i], paired ? t[i + 1] : 0)
                        context.gradient = Vec2(g[i], paired ? g[i + 1] : 0)
                        _ = optimizer.update(&point, state: &s[k], context: context)
                        t[i] = point.x
                        if paired { t[i + 1] = point.y }
                    }
                }
            }
        }
    }

    /// Why the run must stop at `theta`, or nil when it may go on.
    private static func stopReason(_ theta: [Double], loss: Double, bound: Double) -> Divergence.Reason? {
        guard loss.isFinite else { return .notFinite }
        var largest = 0.0
        for x in theta {
            guard x.isFinite else { return .notFinite }
            largest = max(largest, abs(x))
        }
        return largest > bound ? .leftDomain : nil
    }
}

extension ParameterTrajectory {
    /// Records the state after a step (or the start).
    mutating func append(_ parameters: [Double], loss: Double, validation: Double?, learningRate: Double) {
        path.append(parameters)
        losses.append(loss)
        if let validation { validationLosses.append(validation) }
        learningRates.append(learningRate)
    }
}
