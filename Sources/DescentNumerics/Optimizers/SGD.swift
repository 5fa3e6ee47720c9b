/// Stochastic gradient descent as in `torch.optim.SGD` (single-tensor path), with momentum,
/// dampening, Nesterov momentum, weight decay and `maximize`.
///
/// With `g` the gradient, `mu` the momentum, `tau` the dampening and `lambda` the weight decay:
///
///     g <- -g                          if maximize
///     g <- g + lambda * x              if lambda != 0
///     b <- g                           at the first step with mu != 0
///     b <- mu * b + (1 - tau) * g      at later steps
///     g <- g + mu * b   (nesterov)     or   g <- b   (classical momentum)
///     x <- x - lr * g
///
/// PyTorch starts the momentum buffer at the first gradient (not at zero). A momentum set by
/// the schedule (`CyclicLR`, `OneCycleLR`) replaces `momentum`, as those schedulers write into
/// the optimizer's parameter groups; with plain SGD this switches momentum on, as in PyTorch.
public struct SGD: Optimizer {
    /// `momentum` (mu), 0 for plain SGD.
    public var momentum: Double
    /// `dampening` (tau): the share of the gradient left out of the buffer.
    public var dampening: Double
    /// `nesterov`: look ahead along the buffer, `g + mu * b`.
    public var nesterov: Bool
    /// `weight_decay` (lambda).
    public var weightDecay: Double
    /// `maximize`: ascend instead of descend.
    public var maximize: Bool

    /// The momentum buffer, nil until the first step with non-zero momentum.
    public struct State: Sendable {
        /// PyTorch's `momentum_buffer`.
        public var buffer: Vec2?
    }

    /// Creates SGD; the defaults are PyTorch's (plain SGD).
    public init(momentum: Double = 0, dampening: Double = 0, nesterov: Bool = false, weightDecay: Double = 0, maximize: Bool = false) {
        self.momentum = momentum
        self.dampening = dampening
        self.nesterov = nesterov
        self.weightDecay = weightDecay
        self.maximize = maximize
    }

    public func makeState() -> State { State(buffer: nil) }

    public func update(_ point: inout Vec2, state: inout State, context: StepContext) -> Vec2? {
        var g = maximize ? -context.gradient : context.gradient
        g = WeightDecay.apply(weightDecay, to: &point, gradient: g, learningRate: context.learningRate)
        let mu = context.scheduledMomentum ?? momentum
        if mu != 0 {
            let buffer: Vec2
            if let previous = state.buffer {
                buffer = previous * mu + (1 - dampening) * g
            } else {
                buffer = g
            }
            state.buffer = buffer
            g = nesterov ? g + mu * buffer : buffer
        }
        point = point + (-context.learningRate) * g
        return nil
    }

    /// The momentum buffer `b` (nil for plain SGD, which keeps none).
    public func moment(in state: State, step: Int) -> Vec2? { state.buffer }
}

extension SGD {
    /// The catalog entry for `sgd` (plain SGD by default).
    static let catalogEntry = entry(
        name: "sgd", aliases: ["SGD"], momentum: 0, nesterov: false,
        summary: "Stochastic gradient descent, x <- x - lr*g (torch.optim.SGD)",
        formula: "x<sub>t+1</sub> = x<sub>t</sub> − η g<sub>t</sub>"
    )

    /// The catalog entry for `momentum`: SGD with momentum 0.9.
    static let momentumEntry = entry(
        name: "momentum", aliases: ["sgd_momentum", "heavy_ball"], momentum: 0.9, nesterov: false,
        summary: "SGD with momentum 0.9: b <- mu*b + g, x <- x - lr*b (torch.optim.SGD)",
        formula: "b<sub>t</sub> = ρ b<sub>t−1</sub> + g<sub>t</sub>,  x<sub>t+1</sub> = x<sub>t</sub> − η b<sub>t</sub>"
    )

    /// The catalog entry for `nesterov`: SGD with Nesterov momentum 0.9.
    static let nesterovEntry = entry(
        name: "nesterov", aliases: ["nag", "sgd_nesterov"], momentum: 0.9, nesterov: true,
        summary: "SGD with Nesterov momentum 0.9: x <- x - lr*(g + mu*b) (torch.optim.SGD)",
        formula: "b<sub>t</sub> = ρ b<sub>t−1</sub> + g<sub>t</sub>,  x<sub>t+1</sub> = x<sub>t</sub> − η (g<sub>t</sub> + ρ b<sub>t</sub>)"
    )

    /// One SGD entry; the three teaching names differ only in their defaults.
    private static func entry(name: String, aliases: [String], momentum: Double, nesterov: Bool, summary: String, formula: String) -> CatalogEntry<any Optimizer> {
        CatalogEntry(name: name, aliases: aliases, summary: summary, parameters: [
            ParameterSpec("momentum", .number, range: 0...1, default: .number(momentum),
                          summary: "Momentum factor mu (the 'friction'), typically 0.9-0.99"),
            ParameterSpec("dampening", .number, range: 0...1, default: .number(0),
                          summary: "Dampening tau: the buffer adds (1 - tau)*g"),
            ParameterSpec("nesterov", .boolean, default: .boolean(nesterov),
                          summary: "Nesterov momentum: step along g + mu*b (needs momentum > 0, dampening 0)"),
            OptimizerParameters.weightDecay(),
            OptimizerParameters.maximize,
        ], rule: rule, formula: formula) { reader throws(ParameterError) in
            let sgd = SGD(
                momentum: try reader.number("momentum", default: momentum),
                dampening: try reader.number("dampening", default: 0),
                nesterov: try reader.boolean("nesterov", default: nesterov),
                weightDecay: try reader.number("weight_decay", default: 0),
                maximize: try reader.boolean("maximize", default: false)
            )
            if sgd.nesterov, sgd.momentum <= 0 || sgd.dampening != 0 {
                throw reader.invalid("nesterov", "Nesterov momentum needs momentum > 0 and dampening 0 (as torch.optim.SGD requires)")
            }
            return sgd
        }
    }
}

extension SGD {
    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        g <- -g                          if maximize
        g <- g + lambda * x              if lambda != 0
        b <- g                           at the first step with mu != 0
        b <- mu * b + (1 - tau) * g      at later steps
        g <- g + mu * b   (nesterov)     or   g <- b   (classical momentum)
        x <- x - lr * g
        """
}
