/// Lion (EvoLved Sign Momentum; Chen et al. 2023, "Symbolic Discovery of Optimization
/// Algorithms", Algorithm 2). Not in `torch.optim`; the operation order is the reference
/// implementation's (`lion-pytorch`).
///
/// With `beta1, beta2` the betas and `lambda` the (decoupled) weight decay:
///
///     g <- -g                                      if maximize
///     x <- x * (1 - lr * lambda)
///     c = sign(beta1 * m + (1 - beta1) * g)       (the interpolated momentum)
///     x <- x - lr * c
///     m <- beta2 * m + (1 - beta2) * g
///
/// Every coordinate moves by exactly `lr` (or 0), so Lion's rates are 3-10 times smaller than
/// Adam's; the paper's default `lr` is 1e-4 with betas (0.9, 0.99).
public struct Lion: Optimizer {
    /// `betas[0]`: the weight of the momentum in the update's sign.
    public var beta1: Double
    /// `betas[1]`: the decay of the momentum.
    public var beta2: Double
    /// `weight_decay` (lambda), decoupled as in AdamW.
    public var weightDecay: Double
    /// `maximize`.
    public var maximize: Bool

    /// The momentum `m`, starting at zero.
    public struct State: Sendable {
        /// `exp_avg`.
        public var m = Vec2.zero
    }

    /// Creates Lion with the paper's defaults.
    public init(beta1: Double = 0.9, beta2: Double = 0.99, weightDecay: Double = 0, maximize: Bool = false) {
        self.beta1 = beta1
        self.beta2 = beta2
        self.weightDecay = weightDecay
        self.maximize = maximize
    }

    public func makeState() -> State { State() }

    public func update(_ point: inout Vec2, state: inout State, context: StepContext) -> Vec2? {
        let lr = context.learningRate
        let beta1 = context.scheduledMomentum ?? self.beta1
        let g = maximize ? -context.gradient : context.gradient
        point = point * (1 - lr * weightDecay)
        let c = state.m * beta1 + (1 - beta1) * g
        point = point + (-lr) * Vec2(Rprop.sign(c.x), Rprop.sign(c.y))
        state.m = state.m * beta2 + (1 - beta2) * g
        return nil
    }
}

extension Lion {
    /// The catalog entry for `lion`.
    static let catalogEntry = CatalogEntry<any Optimizer>(
        name: "lion", aliases: ["Lion"],
        summary: "Lion: step by lr along the sign of an interpolated momentum, decoupled weight decay (Chen et al. 2023; not in PyTorch)",
        parameters: [
            OptimizerParameters.betas(default: (0.9, 0.99)),
            ParameterSpec("weight_decay", .number, range: 0...Double.infinity, default: .number(0),
                          summary: "Decoupled weight decay: x <- x*(1 - lr*weight_decay)"),
            OptimizerParameters.maximize,
        ],
        inPyTorch: false, rule: rule, formula: formula
    ) { reader throws(ParameterError) in
        let (beta1, beta2) = try OptimizerParameters.readBetas(reader, default: (0.9, 0.99))
        return Lion(beta1: beta1, beta2: beta2, weightDecay: try reader.number("weight_decay", default: 0),
                    maximize: try reader.boolean("maximize", default: false))
    }
}

extension Lion {
    /// The update rule as the formula box on maps writes it.
    static let formula = "x<sub>t+1</sub> = x<sub>t</sub> − η sign(β<sub>1</sub>m<sub>t−1</sub> + (1 − β<sub>1</sub>) g<sub>t</sub>)\nm<sub>t</sub> = β<sub>2</sub>m<sub>t−1</sub> + (1 − β<sub>2</sub>) g<sub>t</sub>"

    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        g <- -g                                      if maximize
        x <- x * (1 - lr * lambda)
        c = sign(beta1 * m + (1 - beta1) * g)       (the interpolated momentum)
        x <- x - lr * c
        m <- beta2 * m + (1 - beta2) * g
        """
}
