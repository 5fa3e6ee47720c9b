import Foundation

/// Adamax (Adam with the infinity norm) as in `torch.optim.Adamax` (single-tensor path).
///
/// With step `t` (from 1):
///
///     g <- -g                                     if maximize
///     g <- g + lambda * x                         if weight_decay lambda != 0
///     m <- lerp(m, g, 1 - beta1)
///     u <- max(beta2 * u, |g| + eps)
///     x <- x - lr / (1 - beta1^t) * m / u
///
/// The effective per-parameter rate returned is `lr / (1 - beta1^t) / u`. A momentum set by the
/// schedule replaces `beta1`. PyTorch's own default `lr` is 0.002.
public struct Adamax: Optimizer {
    /// `betas[0]`.
    public var beta1: Double
    /// `betas[1]`.
    public var beta2: Double
    /// `eps`.
    public var eps: Double
    /// `weight_decay` (lambda).
    public var weightDecay: Double
    /// `maximize`.
    public var maximize: Bool

    /// PyTorch's `exp_avg` and `exp_inf`.
    public struct State: Sendable {
        /// First moment.
        public var m = Vec2.zero
        /// Exponentially weighted infinity norm.
        public var u = Vec2.zero
    }

    /// Creates Adamax; the defaults are PyTorch's.
    public init(beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8, weightDecay: Double = 0, maximize: Bool = false) {
        self.beta1 = beta1
        self.beta2 = beta2
        self.eps = eps
        self.weightDecay = weightDecay
        self.maximize = maximize
    }

    public func makeState() -> State { State() }

    public func update(_ point: inout Vec2, state: inout State, context: StepContext) -> Vec2? {
        let beta1 = context.scheduledMomentum ?? self.beta1
        var g = maximize ? -context.gradient : context.gradient
        g = WeightDecay.apply(weightDecay, to: &point, gradient: g, learningRate: context.learningRate)
        state.m = TorchPointwise.lerp(state.m, g, 1 - beta1)
        state.u = TorchPointwise.maximum(state.u * beta2, TorchPointwise.magnitude(g) + eps)
        let clr = context.learningRate / (1 - pow(beta1, Double(context.step)))
        point = point + ((-clr) * state.m) / state.u
        return clr / state.u
    }
}

extension Adamax {
    /// The catalog entry for `adamax`.
    static let catalogEntry = CatalogEntry<any Optimizer>(
        name: "adamax", aliases: ["Adamax", "AdaMax"],
        summary: "Adamax: Adam with u <- max(beta2*u, |g|) in place of v (torch.optim.Adamax; its default lr is 0.002)",
        parameters: [
            OptimizerParameters.betas(),
            OptimizerParameters.eps(default: 1e-8),
            OptimizerParameters.weightDecay(),
            OptimizerParameters.maximize,
        ],
        rule: rule, formula: formula
    ) { reader throws(ParameterError) in
        let (beta1, beta2) = try OptimizerParameters.readBetas(reader)
        return Adamax(
            beta1: beta1, beta2: beta2,
            eps: try reader.number("eps", default: 1e-8),
            weightDecay: try reader.number("weight_decay", default: 0),
            maximize: try reader.boolean("maximize", default: false)
        )
    }
}

extension Adamax {
    /// The update rule as the formula box on maps writes it.
    static let formula = "u<sub>t</sub> = max(β<sub>2</sub>u<sub>t−1</sub>, |g<sub>t</sub>| + ε),  x<sub>t+1</sub> = x<sub>t</sub> − η m<sub>t</sub> / ((1 − β<sub>1</sub><sup>t</sup>) u<sub>t</sub>)"

    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        g <- -g                                     if maximize
        g <- g + lambda * x                         if weight_decay lambda != 0
        m <- lerp(m, g, 1 - beta1)
        u <- max(beta2 * u, |g| + eps)
        x <- x - lr / (1 - beta1^t) * m / u
        """
}
