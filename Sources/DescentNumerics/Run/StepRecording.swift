/// What a run keeps of its steps: everything (``Trajectory``) or only where it ended
/// (``RunEndpoint``). The step loop is generic over it, so the endpoint-only runs of a basins map
/// store nothing per step.
public protocol StepRecording {
    /// Records the state after a step (or the start): the point, its loss, the gradient the
    /// optimizer will use there and the rate of the step leaving it.
    mutating func append(point: Vec2, loss: Double, gradient: Vec2, learningRate: Double)
    /// Records an adaptive method's per-parameter effective step size; `capacity` is the run's
    /// step count.
    mutating func appendEffectiveRates(_ rates: Vec2, capacity: Int)
    /// True when the recording keeps `appendMoment`'s values; the step loop asks the optimizer
    /// for its moment only then (a basins map's endpoints never compute it).
    static var recordsMoments: Bool { get }
    /// Records the direction a method carries between steps (`Optimizer.moment`) after a step;
    /// `capacity` is the run's step count.
    mutating func appendMoment(_ moment: Vec2, capacity: Int)
    /// Records a point a closure-based method (L-BFGS) evaluated during a step.
    mutating func appendEvaluation(_ point: StepPoint)
    /// Records what the schedule reported at the end of an epoch.
    mutating func appendEvent(_ event: StepEvent)
    /// Records the averaged iterate (ASGD's `ax`) after a step; `start` begins the series.
    mutating func appendAveragedPoint(_ average: Vec2, start: Vec2)
    /// Why and where the run was stopped.
    var divergence: Divergence? { get set }
}

extension Trajectory: StepRecording {
    public static var recordsMoments: Bool { true }

    public mutating func append(point: Vec2, loss: Double, gradient: Vec2, learningRate: Double) {
        points.append(point)
        losses.append(loss)
        gradients.append(gradient)
        learningRates.append(learningRate)
    }

    public mutating func appendEffectiveRates(_ rates: Vec2, capacity: Int) {
        if effectiveRates.isEmpty { effectiveRates.reserveCapacity(capacity) }
        effectiveRates.append(rates)
    }

    public mutating func appendEvaluation(_ point: StepPoint) {
        evaluations.append(point)
    }

    public mutating func appendMoment(_ moment: Vec2, capacity: Int) {
        if moments.isEmpty { moments.reserveCapacity(capacity) }
        moments.append(moment)
    }

    public mutating func appendEvent(_ event: StepEvent) {
        events.append(event)
    }

    public mutating func appendAveragedPoint(_ average: Vec2, start: Vec2) {
        if averagedPoints.isEmpty { averagedPoints = [start] }
        averagedPoints.append(average)
    }
}

/// Where a run ended, without its path: the last point reached and its loss, or why it stopped.
public struct RunEndpoint: Sendable, StepRecording {
    /// The last point recorded (the last good point when the run diverged).
    public var point: Vec2
    /// Its loss.
    public var loss: Double = .nan
    /// Set when the run diverged and was stopped.
    public var divergence: Divergence?

    /// An endpoint that has not moved from `point`.
    public init(point: Vec2) {
        self.point = point
    }

    public mutating func append(point: Vec2, loss: Double, gradient: Vec2, learningRate: Double) {
        self.point = point
        self.loss = loss
    }

    public mutating func appendEffectiveRates(_ rates: Vec2, capacity: Int) {}

    public mutating func appendEvaluation(_ point: StepPoint) {}

    public static var recordsMoments: Bool { false }

    public mutating func appendMoment(_ moment: Vec2, capacity: Int) {}

    public mutating func appendEvent(_ event: StepEvent) {}

    public mutating func appendAveragedPoint(_ average: Vec2, start: Vec2) {}
}
