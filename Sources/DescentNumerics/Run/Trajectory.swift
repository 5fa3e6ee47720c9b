/// The record of one optimizer run: where it went, step by step.
///
/// Index `t` holds the state after `t` steps (index 0 is the start). `learningRates[t]` is the rate
/// used for the step from `t` to `t + 1`; the last entry is the rate the schedule would give next.
public struct Trajectory: Sendable {
    /// The point after each step, starting with the start point.
    public var points: [Vec2]
    /// `f(points[t])` (the full, noise-free loss).
    public var losses: [Double]
    /// The gradient the optimizer used at `points[t]` (noisy or mini-batch where the run is).
    public var gradients: [Vec2]
    /// The learning rate used for the step leaving `points[t]`.
    public var learningRates: [Double]
    /// Per-parameter effective step size of adaptive methods for the step leaving `points[t]`,
    /// or empty for methods with a single rate.
    public var effectiveRates: [Vec2]
    /// The direction the method carried into the step leaving `points[t]` (`Optimizer.moment`:
    /// SGD's momentum buffer, Adam's `m_hat`), or empty for methods without one.
    public var moments: [Vec2]
    /// The method's averaged iterate after each step (ASGD's `ax`; index 0 is the start), or
    /// empty for methods without one.
    public var averagedPoints: [Vec2]
    /// The points a closure-based method (L-BFGS) evaluated the loss at, with the step that did:
    /// its inner iterations and line-search trials. Empty for other methods.
    public var evaluations: [StepPoint]
    /// What the schedule did, in step order: milestones, restarts, plateau reductions and phase
    /// changes, each at the first step using the new rate. An event at the last index (the rate
    /// no step uses) is not recorded.
    public var events: [StepEvent]
    /// Set when the run diverged and was stopped.
    public var divergence: Divergence?
    /// A network run's whole parameter vector after each step (index 0 is the start), of which
    /// `points` are the projections onto the lesson's plane; empty for two-parameter runs.
    public var parameters: [[Double]] = []
    /// A network run's held-out loss at each step; empty for two-parameter runs and networks
    /// without a validation split.
    public var validationLosses: [Double] = []

    /// Creates an empty trajectory with room for `capacity` points.
    public init(capacity: Int) {
        points = []
        losses = []
        gradients = []
        learningRates = []
        effectiveRates = []
        moments = []
        events = []
        averagedPoints = []
        evaluations = []
        points.reserveCapacity(capacity)
        losses.reserveCapacity(capacity)
        gradients.reserveCapacity(capacity)
        learningRates.reserveCapacity(capacity)
    }

    /// Steps taken (one less than the number of points).
    public var stepCount: Int { max(0, points.count - 1) }

    /// The last point reached.
    public var finalPoint: Vec2? { points.last }

    /// The last loss reached.
    public var finalLoss: Double? { losses.last }
}

/// Where and why a run was stopped.
public struct Divergence: Sendable, Hashable {
    /// Why the run stopped.
    public enum Reason: String, Sendable, Hashable {
        /// The point or loss became NaN or infinite.
        case notFinite = "not finite"
        /// The point left the domain by far.
        case leftDomain = "left the domain"

        /// Why a run reaching `point` with loss `loss` must stop there, or nil when it goes on:
        /// a NaN or infinite point or loss first, then a point outside `escapeDomain`.
        @inline(__always)
        public static func stopping(at point: Vec2, loss: Double, escapeDomain: Domain) -> Reason? {
            if !point.isFinite || !loss.isFinite { return .notFinite }
            return escapeDomain.contains(point) ? nil : .leftDomain
        }
    }

    /// The step at which the run was stopped (the first bad step).
    public var step: Int
    /// The last finite point, where the path ends on a figure.
    public var lastPoint: Vec2
    /// Why it stopped.
    public var reason: Reason

    /// Creates a divergence record.
    public init(step: Int, lastPoint: Vec2, reason: Reason) {
        self.step = step
        self.lastPoint = lastPoint
        self.reason = reason
    }
}

/// A point tied to the step that produced it.
public struct StepPoint: Sendable, Hashable {
    /// The 1-based step.
    public var step: Int
    /// The point.
    public var point: Vec2

    /// Creates a step point.
    public init(step: Int, point: Vec2) {
        self.step = step
        self.point = point
    }
}
