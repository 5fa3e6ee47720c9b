/// Adadelta as in `torch.optim.Adadelta` (single-tensor path).
///
/// The step's units come from a running average of past steps, so no rate is needed in
/// principle; PyTorch keeps `lr` as a scale whose default is 1.0 (use lr 1 to reproduce it):
///
///     g <- -g                                      if maximize
///     g <- g + lambda * x                          if weight_decay lambda != 0
///     v <- rho * v + (1 - rho) * g * g
///     delta = sqrt(u + eps) / sqrt(v + eps) * g
///     u <- rho * u + (1 - rho) * delta * delta
///     x <- x - lr * delta
///
/// The effective per-parameter rate returned is `lr * sqrt(u_old + eps) / sqrt(v + eps)`.
public struct Adadelta: Optimizer {
    /// `rho`: decay of both running averages.
    public var rho: Double
    /// `eps`.
    public var eps: Double
    /// `weight_decay` (lambda).
    public var weightDecay: Double
    /// `maximize`.
    public var maximize: Bool

    /// PyTorch's `square_avg` and `acc_delta`, starting at zero.
    public struct State: Sendable {
        /// Average of squared gradients `v`.
        public var squareAverage = Vec2.zero
        /// Average of squared steps `u`.
        public var accumulatedDelta = Vec2.zero
    }

    /// Creates Adadelta; the defaults are PyTorch's.
    public init(rho: Double = 0.9, eps: Double = 1e-6, weightDecay: Double = 0, maximize: Bool = false) {
        self.rho = rho
        self.eps = eps
        self.weightDecay = weightDecay
        self.maximize = maximize
    }

    public func makeState() -> State { State() }

    public func update(_ point: inout Vec2, state: inout State, context: StepContext) -> Vec2? {
        var g = maximize ? -context.gradient : context.gradient
        g = WeightDecay.apply(weightDecay, to: &point, gradient: g, learningRate: context.learningRate)
        state.squareAverage = state.squareAverage * rho + ((1 - rho) * g) * g
        let std = (state.squareAverage + eps).squareRoot()
        let ratio = (state.accumulatedDelta + eps).squareRoot() / std
        let delta = ratio * g
        state.accumulatedDelta = state.accumulatedDelta * rho + ((1 - rho) * delta) * delta
        point = point + (-context.learningRate) * delta
        return context.learningRate * ratio
    }
}

extension Adadelta {
    /// The catalog entry for `adadelta`.
    static let catalogEntry = CatalogEntry<any Optimizer>(
        name: "adadelta", aliases: ["Adadelta", "AdaDelta"],
        summary: "Adadelta: step = sqrt(avg step^2 + eps)/sqrt(avg g^2 + eps)*g (torch.optim.Adadelta; its default lr is 1.0)",
        parameters: [
            ParameterSpec("rho", .number, range: 0...1, default: .number(0.9),
                          summary: "Decay of the running averages of g^2 and of the squared steps"),
            OptimizerParameters.eps(default: 1e-6),
            OptimizerParameters.weightDecay(),
            OptimizerParameters.maximize,
        ],
        rule: rule, formula: formula
    ) { reader throws(ParameterError) in
        Adadelta(
            rho: try reader.number("rho", default: 0.9),
            eps: try reader.number("eps", default: 1e-6),
            weightDecay: try reader.number("weight_decay", default: 0),
            maximize: try reader.boolean("maximize", default: false)
        )
    }
}

extension Adadelta {
    /// The update rule as the formula box on maps writes it.
    static let formula = "v<sub>t</sub> = ρv<sub>t−1</sub> + (1 − ρ) g<sub>t</sub><sup>2</sup>,  Δ<sub>t</sub> = √(u<sub>t−1</sub> + ε) / √(v<sub>t</sub> + ε) · g<sub>t</sub>\nx<sub>t+1</sub> = x<sub>t</sub> − η Δ<sub>t</sub>"

    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        g <- -g                                      if maximize
        g <- g + lambda * x                          if weight_decay lambda != 0
        v <- rho * v + (1 - rho) * g * g
        delta = sqrt(u + eps) / sqrt(v + eps) * g
        u <- rho * u + (1 - rho) * delta * delta
        x <- x - lr * delta
        """
}
