/// What an optimizer sees at one step.
///
/// A plain value (no closure, no reference): the step loop builds one per step and passes it to
/// `update`, so it must copy as a few machine words. PyTorch's `closure`, which only L-BFGS needs,
/// is passed beside it (`Optimizer.update(_:state:context:evaluate:)`).
public struct StepContext: Sendable {
    /// The gradient at the current point (possibly noisy or from a mini-batch).
    public var gradient: Vec2
    /// The learning rate the schedule gives for this step.
    public var learningRate: Double
    /// A momentum (or Adam's beta1) that the schedule sets for this step, as PyTorch's
    /// `CyclicLR` and `OneCycleLR` do with `cycle_momentum`; nil keeps the optimizer's own.
    public var scheduledMomentum: Double?
    /// The Hessian at the current point, given only to optimizers whose `needsHessian` is true.
    public var hessian: Matrix2?
    /// The 1-based number of this step (PyTorch's `state['step']` after its increment).
    public var step: Int

    /// Creates a step context.
    public init(gradient: Vec2, learningRate: Double, scheduledMomentum: Double? = nil, hessian: Matrix2? = nil, step: Int) {
        self.gradient = gradient
        self.learningRate = learningRate
        self.scheduledMomentum = scheduledMomentum
        self.hessian = hessian
        self.step = step
    }
}

/// An update rule: given the gradient (and its own state), move the point one step.
///
/// Implementations follow `torch.optim` exactly; their doc comments state the rule.
public protocol Optimizer: Sendable {
    /// Per-run memory (velocity, moment estimates, accumulators).
    associatedtype State: Sendable

    /// True when the rule uses second derivatives (Newton's method).
    var needsHessian: Bool { get }

    /// True when the rule re-evaluates the loss through a closure (L-BFGS).
    var needsClosure: Bool { get }

    /// The state before the first step.
    func makeState() -> State

    /// Applies one update to `point`.
    ///
    /// - Returns: the per-parameter effective step size for adaptive methods (the factor that
    ///   multiplies each gradient component, e.g. `lr / (sqrt(v_hat) + eps)` for Adam), or nil for
    ///   methods that use one rate for every parameter.
    func update(_ point: inout Vec2, state: inout State, context: StepContext) -> Vec2?

    /// Applies one update of a method that re-evaluates the loss (`needsClosure`, L-BFGS), with
    /// PyTorch's `closure`: `evaluate(p)` is the loss and its gradient `(f(p), grad f(p))`. The
    /// step loop calls this instead of `update(_:state:context:)` when `needsClosure` is true; by
    /// default it ignores `evaluate` and calls `update(_:state:context:)`.
    func update(_ point: inout Vec2, state: inout State, context: StepContext, evaluate: (Vec2) -> (Double, Vec2)) -> Vec2?

    /// Runs `TrajectoryRunner`'s step loop with this optimizer, recording every step. Called on an
    /// `any Optimizer`, it dispatches once per run to the conforming type, whose witness is
    /// compiled with the type known, so the loop's `update` calls are direct and inlined rather
    /// than dynamic per step. Conforming types take the default.
    func runSteps(_ setup: RunSetup, gradients: inout any GradientSource, into record: inout Trajectory)

    /// Runs `setup` from each of `starts` keeping only where each run ends (a basins map's many
    /// runs), several runs interleaved (`TrajectoryRunner.endpoints(_:from:)`), with the same
    /// dispatch once per call. Conforming types take the default.
    func runEndpoints(_ setup: RunSetup, from starts: [Vec2]) -> [RunEndpoint]

    /// A second iterate the method keeps beside the point (ASGD's average `ax`), recorded as
    /// `Trajectory.averagedPoints`; nil for methods without one.
    func averagedPoint(in state: State) -> Vec2?

    /// The direction the method carries from step to step, in a gradient's units, after step
    /// `step` has updated `state`: SGD's momentum buffer `b`, Adam's bias-corrected first moment
    /// `m_hat = m / (1 - beta1^t)`. Recorded as `Trajectory.moments` (a step-anatomy figure draws
    /// `-lr * moment` beside `-lr * g` and the step taken); nil for methods without one.
    func moment(in state: State, step: Int) -> Vec2?

    /// Runs `ParameterRunner`'s N-parameter loop with this optimizer (specialized per type, as
    /// `runSteps`). Conforming types take the default.
    func runParameterSteps(_ setup: ParameterRunSetup, into record: inout ParameterTrajectory)

    /// The points the last step evaluated its closure at (L-BFGS's inner iterations), recorded
    /// as `Trajectory.evaluations`; empty for methods without a closure.
    func evaluations(in state: State) -> [Vec2]
}

extension Optimizer {
    public func runSteps(_ setup: RunSetup, gradients: inout any GradientSource, into record: inout Trajectory) {
        TrajectoryRunner.loop(setup, gradients: &gradients, optimizer: self, into: &record)
    }

    public func runEndpoints(_ setup: RunSetup, from starts: [Vec2]) -> [RunEndpoint] {
        TrajectoryRunner.interleavedEndpoints(setup, optimizer: self, from: starts)
    }

    public func update(_ point: inout Vec2, state: inout State, context: StepContext, evaluate: (Vec2) -> (Double, Vec2)) -> Vec2? {
        update(&point, state: &state, context: context)
    }

    public func runParameterSteps(_ setup: ParameterRunSetup, into record: inout ParameterTrajectory) {
        ParameterRunner.loop(setup, optimizer: self, into: &record)
    }

    /// True when the rule updates each coordinate from its own gradient and state only, so it
    /// applies unchanged to any number of parameters: every rule but those needing a Hessian
    /// (Newton) or a closure over all parameters (L-BFGS).
    public var isElementWise: Bool { !needsHessian && !needsClosure }

    public var needsHessian: Bool { false }

    public var needsClosure: Bool { false }

    public func evaluations(in state: State) -> [Vec2] { [] }

    public func averagedPoint(in state: State) -> Vec2? { nil }

    public func moment(in state: State, step: Int) -> Vec2? { nil }
}
