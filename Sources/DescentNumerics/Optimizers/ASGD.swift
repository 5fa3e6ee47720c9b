import Foundation

/// Averaged stochastic gradient descent as in `torch.optim.ASGD` (single-tensor path,
/// `_single_tensor_asgd`).
///
/// The state holds the step size `eta` (`lr` at first), the averaging weight `mu` (1 at first)
/// and the average `a` (0). At step `t` (from 1), with `lambda` = `lambd`, `lambda_wd` the weight
/// decay and `lr` this step's rate:
///
///     g <- -g                                      if maximize
///     g <- g + lambda_wd * x                       if lambda_wd != 0
///     x <- x * (1 - lambda * eta)
///     x <- x - eta * g
///     a <- a + (x - a) * mu    if mu != 1,  else  a <- x
///     eta <- lr / (1 + lambda * lr * t)^alpha
///     mu <- 1 / max(1, t - t0)
///
/// So the step uses the `eta` the previous step left, and the average only starts to lag behind
/// the iterate after `t0` steps (PyTorch's default `t0` is 10^6: no averaging in a short run).
/// The average is recorded as the run's second path (`Trajectory.averagedPoints`).
public struct ASGD: Optimizer {
    /// `lambd`: the decay term.
    public var lambd: Double
    /// `alpha`: the power of the step-size decay.
    public var alpha: Double
    /// `t0`: the step at which averaging starts.
    public var t0: Double
    /// `weight_decay`.
    public var weightDecay: Double
    /// `maximize`.
    public var maximize: Bool

    /// PyTorch's `eta`, `mu` and `ax`.
    public struct State: Sendable {
        /// The step size, nil before the first step (then the first step's `lr`).
        public var eta: Double?
        /// The averaging weight.
        public var mu = 1.0
        /// The averaged iterate `a`.
        public var average = Vec2.zero
    }

    /// Creates ASGD; the defaults are `torch.optim.ASGD`'s.
    public init(lambd: Double = 1e-4, alpha: Double = 0.75, t0: Double = 1e6, weightDecay: Double = 0, maximize: Bool = false) {
        self.lambd = lambd
        self.alpha = alpha
        self.t0 = t0
        self.weightDecay = weightDecay
        self.maximize = maximize
    }

    public func makeState() -> State { State() }

    public func update(_ point: inout Vec2, state: inout State, context: StepContext) -> Vec2? {
        let lr = context.learningRate
        var g = maximize ? -context.gradient : context.gradient
        g = WeightDecay.apply(weightDecay, to: &point, gradient: g, learningRate: lr)
        let eta = state.eta ?? lr
        point = point * (1 - lambd * eta)
        point = point + (-eta) * g
        state.average = state.mu != 1 ? state.average + (point - state.average) * state.mu : point
        let t = Double(context.step)
        state.eta = lr / pow(1 + lambd * lr * t, alpha)
        state.mu = 1 / max(1, t - t0)
        return nil
    }

    public func averagedPoint(in state: State) -> Vec2? { state.average }
}

extension ASGD {
    /// The catalog entry for `asgd`.
    static let catalogEntry = CatalogEntry<any Optimizer>(
        name: "asgd", aliases: ["ASGD", "averaged_sgd"],
        summary: "Averaged SGD: decaying steps and a running average of the iterates after t0 steps (torch.optim.ASGD)",
        parameters: [
            ParameterSpec("lambd", .number, range: 0...Double.infinity, default: .number(1e-4), summary: "Decay term"),
            ParameterSpec("alpha", .number, range: 0...Double.infinity, default: .number(0.75), summary: "Power of the step-size decay"),
            ParameterSpec("t0", .number, range: 0...Double.infinity, default: .number(1e6), summary: "Step at which averaging starts"),
            OptimizerParameters.weightDecay(),
            OptimizerParameters.maximize,
        ],
        rule: rule, formula: formula
    ) { reader throws(ParameterError) in
        ASGD(
            lambd: try reader.number("lambd", default: 1e-4),
            alpha: try reader.number("alpha", default: 0.75),
            t0: try reader.number("t0", default: 1e6),
            weightDecay: try reader.number("weight_decay", default: 0),
            maximize: try reader.boolean("maximize", default: false)
        )
    }
}

extension ASGD {
    /// The update rule as the formula box on maps writes it.
    static let formula = "x<sub>t+1</sub> = x<sub>t</sub> − η<sub>t</sub> g<sub>t</sub>,  x̄<sub>t</sub> = mean of the iterates since step t<sub>0</sub>"

    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        g <- -g                                      if maximize
        g <- g + lambda_wd * x                       if lambda_wd != 0
        x <- x * (1 - lambda * eta)
        x <- x - eta * g
        a <- a + (x - a) * mu    if mu != 1,  else  a <- x
        eta <- lr / (1 + lambda * lr * t)^alpha
        mu <- 1 / max(1, t - t0)
        """
}
