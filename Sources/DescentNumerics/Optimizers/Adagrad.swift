/// AdaGrad as in `torch.optim.Adagrad` (single-tensor path).
///
/// Each parameter gets its own rate from the sum of its squared gradients; starting on a steep
/// slope the sum grows fast and learning stalls early. With step `t` (from 1):
///
///     g <- -g                                   if maximize
///     g <- g + lambda * x                       if weight_decay lambda != 0
///     clr = lr / (1 + (t - 1) * lr_decay)
///     s <- s + g * g                            (s starts at initial_accumulator_value)
///     x <- x - clr * g / (sqrt(s) + eps)
///
/// The effective per-parameter rate is `clr / (sqrt(s) + eps)`. PyTorch's own default `lr` is 0.01.
public struct Adagrad: Optimizer {
    /// `lr_decay`: the rate is divided by `1 + (t - 1) * lr_decay`.
    public var learningRateDecay: Double
    /// `weight_decay` (lambda).
    public var weightDecay: Double
    /// `initial_accumulator_value`: the starting value of the sum of squares.
    public var initialAccumulatorValue: Double
    /// `eps`.
    public var eps: Double
    /// `maximize`.
    public var maximize: Bool

    /// The running sum of squared gradients, PyTorch's `sum`.
    public struct State: Sendable {
        /// Sum of squared gradients.
        public var sum: Vec2
    }

    /// Creates AdaGrad; the defaults are PyTorch's.
    public init(learningRateDecay: Double = 0, weightDecay: Double = 0, initialAccumulatorValue: Double = 0, eps: Double = 1e-10, maximize: Bool = false) {
        self.learningRateDecay = learningRateDecay
        self.weightDecay = weightDecay
        self.initialAccumulatorValue = initialAccumulatorValue
        self.eps = eps
        self.maximize = maximize
    }

    public func makeState() -> State { State(sum: Vec2(repeating: initialAccumulatorValue)) }

    public func update(_ point: inout Vec2, state: inout State, context: StepContext) -> Vec2? {
        var g = maximize ? -context.gradient : context.gradient
        g = WeightDecay.apply(weightDecay, to: &point, gradient: g, learningRate: context.learningRate)
        let clr = context.learningRate / (1 + (Double(context.step) - 1) * learningRateDecay)
        state.sum = state.sum + (1 * g) * g
        let std = state.sum.squareRoot() + eps
        point = point + ((-clr) * g) / std
        return clr / std
    }
}

extension Adagrad {
    /// The catalog entry for `adagrad`.
    static let catalogEntry = CatalogEntry<any Optimizer>(
        name: "adagrad", aliases: ["Adagrad", "AdaGrad"],
        summary: "AdaGrad: s <- s + g^2, x <- x - lr*g/(sqrt(s)+eps) (torch.optim.Adagrad; its default lr is 0.01)",
        parameters: [
            ParameterSpec("lr_decay", .number, range: 0...Double.infinity, default: .number(0),
                          summary: "Rate decay: lr/(1 + (t-1)*lr_decay) at step t"),
            OptimizerParameters.weightDecay(),
            ParameterSpec("initial_accumulator_value", .number, range: 0...Double.infinity, default: .number(0),
                          summary: "Starting value of the sum of squared gradients"),
            OptimizerParameters.eps(default: 1e-10),
            OptimizerParameters.maximize,
        ],
        rule: rule, formula: formula
    ) { reader throws(ParameterError) in
        Adagrad(
            learningRateDecay: try reader.number("lr_decay", default: 0),
            weightDecay: try reader.number("weight_decay", default: 0),
            initialAccumulatorValue: try reader.number("initial_accumulator_value", default: 0),
            eps: try reader.number("eps", default: 1e-10),
            maximize: try reader.boolean("maximize", default: false)
        )
    }
}

extension Adagrad {
    /// The update rule as the formula box on maps writes it.
    static let formula = "s<sub>t</sub> = s<sub>t−1</sub> + g<sub>t</sub><sup>2</sup>,  x<sub>t+1</sub> = x<sub>t</sub> − η g<sub>t</sub> / (√s<sub>t</sub> + ε)"

    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        g <- -g                                   if maximize
        g <- g + lambda * x                       if weight_decay lambda != 0
        clr = lr / (1 + (t - 1) * lr_decay)
        s <- s + g * g                            (s starts at initial_accumulator_value)
        x <- x - clr * g / (sqrt(s) + eps)
        """
}
