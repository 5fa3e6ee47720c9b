import Foundation

/// RAdam (rectified Adam) as in `torch.optim.RAdam` (single-tensor path).
///
/// With step `t` (from 1), `rho_inf = 2/(1 - beta2) - 1` and
/// `rho_t = rho_inf - 2 t beta2^t / (1 - beta2^t)`:
///
///     x <- x * (1 - lr * lambda)                    if decoupled weight decay
///     g <- g + lambda * x                           otherwise, if lambda != 0
///     m <- lerp(m, g, 1 - beta1)
///     v <- beta2 * v + (1 - beta2) * g * g
///     m_hat = m / (1 - beta1^t)
///     if rho_t > 5:
///         r = sqrt((rho_t - 4)(rho_t - 2) rho_inf / ((rho_inf - 4)(rho_inf - 2) rho_t))
///         x <- x - m_hat * lr * sqrt(1 - beta2^t) / (sqrt(v) + eps) * r
///     else:
///         x <- x - m_hat * lr                       (momentum SGD while v is unreliable)
///
/// The effective per-parameter rate returned is the factor on `m_hat`. A momentum set by the
/// schedule replaces `beta1`. PyTorch's own default `lr` is 0.001.
public struct RAdam: Optimizer {
    /// `betas[0]`.
    public var beta1: Double
    /// `betas[1]`.
    public var beta2: Double
    /// `eps`.
    public var eps: Double
    /// `weight_decay` (lambda).
    public var weightDecay: Double
    /// `decoupled_weight_decay`.
    public var decoupledWeightDecay: Bool
    /// `maximize`.
    public var maximize: Bool

    /// PyTorch's `exp_avg` and `exp_avg_sq`.
    public struct State: Sendable {
        /// First moment.
        public var m = Vec2.zero
        /// Second moment.
        public var v = Vec2.zero
    }

    /// Creates RAdam; the defaults are PyTorch's.
    public init(beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8, weightDecay: Double = 0, decoupledWeightDecay: Bool = false, maximize: Bool = false) {
        self.beta1 = beta1
        self.beta2 = beta2
        self.eps = eps
        self.weightDecay = weightDecay
        self.decoupledWeightDecay = decoupledWeightDecay
        self.maximize = maximize
    }

    public func makeState() -> State { State() }

    public func update(_ point: inout Vec2, state: inout State, context: StepContext) -> Vec2? {
        let lr = context.learningRate
        let beta1 = context.scheduledMomentum ?? self.beta1
        var g = maximize ? -context.gradient : context.gradient
        g = WeightDecay.apply(weightDecay, decoupled: decoupledWeightDecay, to: &point, gradient: g, learningRate: lr)
        MomentEstimates.update(m: &state.m, v: &state.v, gradient: g, beta1: beta1, beta2: beta2)
        let t = Double(context.step)
        let correction1 = 1 - pow(beta1, t)
        let correction2 = 1 - pow(beta2, t)
        let mHat = state.m / correction1
        let rhoInf = 2 / (1 - beta2) - 1
        let rhoT = rhoInf - 2 * t * pow(beta2, t) / correction2
        guard rhoT > 5.0 else {
            point = point - mHat * lr
            return Vec2(repeating: lr)
        }
        let rect = pow((rhoT - 4) * (rhoT - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rhoT), 0.5)
        let adaptive = pow(correction2, 0.5) / (state.v.squareRoot() + eps)
        point = point - mHat * lr * adaptive * rect
        return lr * adaptive * rect
    }
}

extension RAdam {
    /// The catalog entry for `radam`.
    static let catalogEntry = CatalogEntry<any Optimizer>(
        name: "radam", aliases: ["RAdam"],
        summary: "RAdam: Adam whose adaptive rate is switched on and rectified once v is reliable (torch.optim.RAdam)",
        parameters: [
            OptimizerParameters.betas(),
            OptimizerParameters.eps(default: 1e-8),
            OptimizerParameters.weightDecay(),
            OptimizerParameters.decoupledWeightDecay(),
            OptimizerParameters.maximize,
        ],
        rule: rule, formula: formula
    ) { reader throws(ParameterError) in
        let (beta1, beta2) = try OptimizerParameters.readBetas(reader)
        return RAdam(
            beta1: beta1, beta2: beta2,
            eps: try reader.number("eps", default: 1e-8),
            weightDecay: try reader.number("weight_decay", default: 0),
            decoupledWeightDecay: try reader.boolean("decoupled_weight_decay", default: false),
            maximize: try reader.boolean("maximize", default: false)
        )
    }
}

extension RAdam {
    /// The update rule as the formula box on maps writes it.
    static let formula = "x<sub>t+1</sub> = x<sub>t</sub> − η r<sub>t</sub> m̂<sub>t</sub> / (√v<sub>t</sub> + ε)\n(r<sub>t</sub>: variance rectification; momentum only while it is undefined)"

    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        x <- x * (1 - lr * lambda)                    if decoupled weight decay
        g <- g + lambda * x                           otherwise, if lambda != 0
        m <- lerp(m, g, 1 - beta1)
        v <- beta2 * v + (1 - beta2) * g * g
        m_hat = m / (1 - beta1^t)
        if rho_t > 5:
            r = sqrt((rho_t - 4)(rho_t - 2) rho_inf / ((rho_inf - 4)(rho_inf - 2) rho_t))
            x <- x - m_hat * lr * sqrt(1 - beta2^t) / (sqrt(v) + eps) * r
        else:
            x <- x - m_hat * lr                       (momentum SGD while v is unreliable)
        """
}
