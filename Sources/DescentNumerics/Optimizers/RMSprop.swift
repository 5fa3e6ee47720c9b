/// RMSProp as in `torch.optim.RMSprop` (single-tensor path).
///
/// AdaGrad's sum becomes an exponential moving average, so old gradients are forgotten:
///
///     g <- -g                                     if maximize
///     g <- g + lambda * x                         if weight_decay lambda != 0
///     v <- alpha * v + (1 - alpha) * g * g
///     c <- lerp(c, g, 1 - alpha)                  if centered (average gradient)
///     d = sqrt(v - c * c) + eps   (centered)      or   d = sqrt(v) + eps
///     b <- mu * b + g / d,  x <- x - lr * b       if momentum mu > 0 (b starts at 0)
///     x <- x - lr * g / d                         otherwise
///
/// The effective per-parameter rate is `lr / d`. A momentum set by the schedule replaces
/// `momentum`. PyTorch's own default `lr` is 0.01.
public struct RMSprop: Optimizer {
    /// `alpha`: the smoothing constant of the squared-gradient average.
    public var alpha: Double
    /// `eps`.
    public var eps: Double
    /// `weight_decay` (lambda).
    public var weightDecay: Double
    /// `momentum` (mu).
    public var momentum: Double
    /// `centered`: divide by an estimate of the gradient's standard deviation instead.
    public var centered: Bool
    /// `maximize`.
    public var maximize: Bool

    /// PyTorch's `square_avg`, `grad_avg` and `momentum_buffer`, all starting at zero.
    public struct State: Sendable {
        /// Average of squared gradients.
        public var squareAverage = Vec2.zero
        /// Average of gradients (centered only).
        public var gradientAverage = Vec2.zero
        /// Momentum buffer.
        public var buffer = Vec2.zero
    }

    /// Creates RMSprop; the defaults are PyTorch's.
    public init(alpha: Double = 0.99, eps: Double = 1e-8, weightDecay: Double = 0, momentum: Double = 0, centered: Bool = false, maximize: Bool = false) {
        self.alpha = alpha
        self.eps = eps
        self.weightDecay = weightDecay
        self.momentum = momentum
        self.centered = centered
        self.maximize = maximize
    }

    public func makeState() -> State { State() }

    public func update(_ point: inout Vec2, state: inout State, context: StepContext) -> Vec2? {
        var g = maximize ? -context.gradient : context.gradient
        g = WeightDecay.apply(weightDecay, to: &point, gradient: g, learningRate: context.learningRate)
        state.squareAverage = state.squareAverage * alpha + ((1 - alpha) * g) * g
        let average: Vec2
        if centered {
            state.gradientAverage = TorchPointwise.lerp(state.gradientAverage, g, 1 - alpha)
            let c = state.gradientAverage
            average = (state.squareAverage + ((-1) * c) * c).squareRoot() + eps
        } else {
            average = state.squareAverage.squareRoot() + eps
        }
        let lr = context.learningRate
        let mu = context.scheduledMomentum ?? momentum
        if mu > 0 {
            state.buffer = state.buffer * mu + (1 * g) / average
            point = point + (-lr) * state.buffer
        } else {
            point = point + ((-lr) * g) / average
        }
        return lr / average
    }
}

extension RMSprop {
    /// The catalog entry for `rmsprop`.
    static let catalogEntry = CatalogEntry<any Optimizer>(
        name: "rmsprop", aliases: ["RMSprop", "RMSProp"],
        summary: "RMSProp: v <- alpha*v + (1-alpha)*g^2, x <- x - lr*g/(sqrt(v)+eps) (torch.optim.RMSprop; its default lr is 0.01)",
        parameters: [
            ParameterSpec("alpha", .number, range: 0...1, default: .number(0.99),
                          summary: "Smoothing constant of the squared-gradient average (how far back it remembers)"),
            OptimizerParameters.eps(default: 1e-8),
            OptimizerParameters.weightDecay(),
            ParameterSpec("momentum", .number, range: 0...1, default: .number(0),
                          summary: "Momentum factor on the normalized step"),
            ParameterSpec("centered", .boolean, default: .boolean(false),
                          summary: "Normalize by the gradient's estimated standard deviation, sqrt(v - mean(g)^2)"),
            OptimizerParameters.maximize,
        ],
        rule: rule, formula: formula
    ) { reader throws(ParameterError) in
        RMSprop(
            alpha: try reader.number("alpha", default: 0.99),
            eps: try reader.number("eps", default: 1e-8),
            weightDecay: try reader.number("weight_decay", default: 0),
            momentum: try reader.number("momentum", default: 0),
            centered: try reader.boolean("centered", default: false),
            maximize: try reader.boolean("maximize", default: false)
        )
    }
}

extension RMSprop {
    /// The update rule as the formula box on maps writes it.
    static let formula = "v<sub>t</sub> = α v<sub>t−1</sub> + (1 − α) g<sub>t</sub><sup>2</sup>,  x<sub>t+1</sub> = x<sub>t</sub> − η g<sub>t</sub> / (√v<sub>t</sub> + ε)"

    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        g <- -g                                     if maximize
        g <- g + lambda * x                         if weight_decay lambda != 0
        v <- alpha * v + (1 - alpha) * g * g
        c <- lerp(c, g, 1 - alpha)                  if centered (average gradient)
        d = sqrt(v - c * c) + eps   (centered)      or   d = sqrt(v) + eps
        b <- mu * b + g / d,  x <- x - lr * b       if momentum mu > 0 (b starts at 0)
        x <- x - lr * g / d                         otherwise
        """
}
