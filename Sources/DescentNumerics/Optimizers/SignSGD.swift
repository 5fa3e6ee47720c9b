/// signSGD and Signum (Bernstein et al. 2018, "signSGD: Compressed Optimisation for Non-Convex
/// Problems"). Not in `torch.optim`.
///
/// With `mu` the momentum:
///
///     g <- -g                                      if maximize
///     x <- x - lr * sign(g)                        (signSGD, mu = 0)
///     m <- mu * m + (1 - mu) * g;  x <- x - lr * sign(m)    (Signum, mu > 0; m starts at 0)
///
/// Every coordinate moves by exactly `lr` (or 0), whatever the gradient's size.
public struct SignSGD: Optimizer {
    /// `momentum` (mu): 0 for signSGD, above 0 for Signum.
    public var momentum: Double
    /// `maximize`.
    public var maximize: Bool

    /// The momentum `m`, starting at zero.
    public struct State: Sendable {
        /// The momentum buffer.
        public var m = Vec2.zero
    }

    /// Creates signSGD.
    public init(momentum: Double = 0, maximize: Bool = false) {
        self.momentum = momentum
        self.maximize = maximize
    }

    public func makeState() -> State { State() }

    public func update(_ point: inout Vec2, state: inout State, context: StepContext) -> Vec2? {
        let g = maximize ? -context.gradient : context.gradient
        let mu = context.scheduledMomentum ?? momentum
        var direction = g
        if mu != 0 {
            state.m = state.m * mu + (1 - mu) * g
            direction = state.m
        }
        point = point + (-context.learningRate) * Vec2(Rprop.sign(direction.x), Rprop.sign(direction.y))
        return nil
    }
}

extension SignSGD {
    /// The catalog entry for `signsgd`.
    static let catalogEntry = CatalogEntry<any Optimizer>(
        name: "signsgd", aliases: ["signSGD", "signum"],
        summary: "signSGD: step by lr along the gradient's sign; Signum with momentum (Bernstein et al. 2018; not in PyTorch)",
        parameters: [
            ParameterSpec("momentum", .number, range: 0...(1.0).nextDown, default: .number(0),
                          summary: "Signum's momentum: m <- momentum*m + (1 - momentum)*g, step along sign(m)"),
            OptimizerParameters.maximize,
        ],
        inPyTorch: false, rule: rule, formula: formula
    ) { reader throws(ParameterError) in
        SignSGD(momentum: try reader.number("momentum", default: 0), maximize: try reader.boolean("maximize", default: false))
    }
}

extension SignSGD {
    /// The update rule as the formula box on maps writes it.
    static let formula = "x<sub>t+1</sub> = x<sub>t</sub> − η sign(g<sub>t</sub>)"

    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        g <- -g                                      if maximize
        x <- x - lr * sign(g)                        (signSGD, mu = 0)
        m <- mu * m + (1 - mu) * g;  x <- x - lr * sign(m)    (Signum, mu > 0; m starts at 0)
        """
}
