import Foundation

/// NAdam (Adam with Nesterov momentum) as in `torch.optim.NAdam` (single-tensor path).
///
/// With step `t` (from 1) and `psi` the momentum decay, the momentum schedule is
/// `mu_t = beta1 * (1 - 0.5 * 0.96^(t * psi))` and `P_t = mu_1 * ... * mu_t`:
///
///     x <- x * (1 - lr * lambda)                    if decoupled weight decay
///     g <- g + lambda * x                           otherwise, if lambda != 0
///     m <- lerp(m, g, 1 - beta1)
///     v <- beta2 * v + (1 - beta2) * g * g
///     denom = sqrt(v / (1 - beta2^t)) + eps
///     x <- x - lr * (1 - mu_t) / (1 - P_t) * g / denom
///     x <- x - lr * mu_{t+1} / (1 - P_t * mu_{t+1}) * m / denom
///
/// The effective per-parameter rate returned is `lr / denom`. A momentum set by the schedule
/// replaces `beta1`. PyTorch's own default `lr` is 0.002.
public struct NAdam: Optimizer {
    /// `betas[0]`.
    public var beta1: Double
    /// `betas[1]`.
    public var beta2: Double
    /// `eps`.
    public var eps: Double
    /// `weight_decay` (lambda).
    public var weightDecay: Double
    /// `momentum_decay` (psi).
    public var momentumDecay: Double
    /// `decoupled_weight_decay`.
    public var decoupledWeightDecay: Bool
    /// `maximize`.
    public var maximize: Bool

    /// PyTorch's `exp_avg`, `exp_avg_sq` and `mu_product`.
    public struct State: Sendable {
        /// First moment.
        public var m = Vec2.zero
        /// Second moment.
        public var v = Vec2.zero
        /// Product of the momentum schedule so far, `P_t`.
        public var muProduct = 1.0
    }

    /// Creates NAdam; the defaults are PyTorch's.
    public init(
        beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8, weightDecay: Double = 0,
        momentumDecay: Double = 4e-3, decoupledWeightDecay: Bool = false, maximize: Bool = false
    ) {
        self.beta1 = beta1
        self.beta2 = beta2
        self.eps = eps
        self.weightDecay = weightDecay
        self.momentumDecay = momentumDecay
        self.decoupledWeightDecay = decoupledWeightDecay
        self.maximize = maximize
    }

    public func makeState() -> State { State() }

    public func update(_ point: inout Vec2, state: inout State, context: StepContext) -> Vec2? {
        let lr = context.learningRate
        let beta1 = context.scheduledMomentum ?? self.beta1
        var g = maximize ? -context.gradient : context.gradient
        let t = Double(context.step)
        let correction2 = 1 - pow(beta2, t)
        g = WeightDecay.apply(weightDecay, decoupled: decoupledWeightDecay, to: &point, gradient: g, learningRate: lr)
        let mu = beta1 * (1.0 - 0.5 * pow(0.96, t * momentumDecay))
        let muNext = beta1 * (1.0 - 0.5 * pow(0.96, (t + 1) * momentumDecay))
        state.muProduct *= mu
        MomentEstimates.update(m: &state.m, v: &state.v, gradient: g, beta1: beta1, beta2: beta2)
        let denom = (state.v / correction2).squareRoot() + eps
        let muProductNext = state.muProduct * muNext
        point = point + (((-lr) * (1.0 - mu) / (1.0 - state.muProduct)) * g) / denom
        point = point + ((((-lr) * muNext) / (1.0 - muProductNext)) * state.m) / denom
        return lr / denom
    }
}

extension NAdam {
    /// The catalog entry for `nadam`.
    static let catalogEntry = CatalogEntry<any Optimizer>(
        name: "nadam", aliases: ["NAdam"],
        summary: "NAdam: Adam with Nesterov momentum (torch.optim.NAdam; its default lr is 0.002)",
        parameters: [
            OptimizerParameters.betas(),
            OptimizerParameters.eps(default: 1e-8),
            OptimizerParameters.weightDecay(),
            ParameterSpec("momentum_decay", .number, range: 0...Double.infinity, default: .number(4e-3),
                          summary: "psi in the momentum schedule beta1*(1 - 0.5*0.96^(t*psi))"),
            OptimizerParameters.decoupledWeightDecay(),
            OptimizerParameters.maximize,
        ],
        rule: rule, formula: formula
    ) { reader throws(ParameterError) in
        let (beta1, beta2) = try OptimizerParameters.readBetas(reader)
        return NAdam(
            beta1: beta1, beta2: beta2,
            eps: try reader.number("eps", default: 1e-8),
            weightDecay: try reader.number("weight_decay", default: 0),
            momentumDecay: try reader.number("momentum_decay", default: 4e-3),
            decoupledWeightDecay: try reader.boolean("decoupled_weight_decay", default: false),
            maximize: try reader.boolean("maximize", default: false)
        )
    }
}

extension NAdam {
    /// The update rule as the formula box on maps writes it.
    static let formula = "x<sub>t+1</sub> = x<sub>t</sub> − η (β<sub>1</sub>m̂<sub>t</sub> + (1 − β<sub>1</sub>) ĝ<sub>t</sub>) / (√v̂<sub>t</sub> + ε)\n(Adam with a Nesterov look-ahead)"

    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        x <- x * (1 - lr * lambda)                    if decoupled weight decay
        g <- g + lambda * x                           otherwise, if lambda != 0
        m <- lerp(m, g, 1 - beta1)
        v <- beta2 * v + (1 - beta2) * g * g
        denom = sqrt(v / (1 - beta2^t)) + eps
        x <- x - lr * (1 - mu_t) / (1 - P_t) * g / denom
        x <- x - lr * mu_{t+1} / (1 - P_t * mu_{t+1}) * m / denom
        """
}
