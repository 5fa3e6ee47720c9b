/// The record of one N-parameter run. Index `t` holds the state after `t` steps (index 0 is the
/// start); `learningRates[t]` is the rate of the step leaving `path[t]`.
public struct ParameterTrajectory: Sendable {
    /// The parameters after each step, the start first (the path a landscape plane projects).
    public var path: [[Double]]
    /// The full training loss at `path[t]`.
    public var losses: [Double]
    /// The held-out loss at `path[t]`, or empty when the objective has none.
    public var validationLosses: [Double]
    /// The learning rate used for the step leaving `path[t]`.
    public var learningRates: [Double]
    /// What the schedule did, each at the first step using the new rate.
    public var events: [StepEvent]
    /// Set when the run was stopped: the first bad step and why. `path` ends at the last good
    /// parameters.
    public var divergence: Stop?

    /// Where and why a run was stopped.
    public struct Stop: Sendable, Hashable {
        /// The first bad step.
        public var step: Int
        /// Why it stopped.
        public var reason: Divergence.Reason
    }

    /// Creates an empty record with room for `capacity` states.
    public init(capacity: Int) {
        path = []
        losses = []
        validationLosses = []
        learningRates = []
        events = []
        path.reserveCapacity(capacity)
        losses.reserveCapacity(capacity)
        learningRates.reserveCapacity(capacity)
    }

    /// Steps taken.
    public var stepCount: Int { max(0, path.count - 1) }

    /// The last parameters reached.
    public var finalParameters: [Double]? { path.last }

    /// The last training loss.
    public var finalLoss: Double? { losses.last }
}
