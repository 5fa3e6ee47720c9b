/// Resilient backpropagation as in `torch.optim.Rprop` (single-tensor path, `_single_tensor_rprop`).
///
/// Each coordinate keeps its own step size `d`, set to `lr` at the first step, and the previous
/// gradient `p` (0 at first). With `eta-, eta+` the etas and `[d_min, d_max]` the step sizes:
///
///     g <- -g                                      if maximize
///     s = sign(g * p)
///     f = eta+ if s > 0, eta- if s < 0, 1 if s == 0
///     d <- clamp(d * f, d_min, d_max)
///     g <- 0 where f == eta-                      (a sign change: skip this coordinate once)
///     x <- x - sign(g) * d
///     p <- g
///
/// Only the sign of the gradient is used. PyTorch's surprise, kept: the step sizes start at the
/// `lr` of the first step and `lr` is never read again, so a schedule has no effect after step 1.
public struct Rprop: Optimizer {
    /// `etas[0]` (eta-): the factor on a step size whose gradient changed sign, in (0, 1).
    public var etaMinus: Double
    /// `etas[1]` (eta+): the factor on a step size whose gradient kept its sign, above 1.
    public var etaPlus: Double
    /// `step_sizes[0]`: the smallest step size.
    public var stepSizeMin: Double
    /// `step_sizes[1]`: the largest step size.
    public var stepSizeMax: Double
    /// `maximize`.
    public var maximize: Bool

    /// PyTorch's `prev` and `step_size`.
    public struct State: Sendable {
        /// The previous gradient (after zeroing), `p`.
        public var previous = Vec2.zero
        /// Per-coordinate step sizes `d`, nil before the first step.
        public var stepSizes: Vec2?
    }

    /// Creates Rprop; the defaults are `torch.optim.Rprop`'s.
    public init(etaMinus: Double = 0.5, etaPlus: Double = 1.2, stepSizeMin: Double = 1e-6, stepSizeMax: Double = 50, maximize: Bool = false) {
        self.etaMinus = etaMinus
        self.etaPlus = etaPlus
        self.stepSizeMin = stepSizeMin
        self.stepSizeMax = stepSizeMax
        self.maximize = maximize
    }

    public func makeState() -> State { State() }

    public func update(_ point: inout Vec2, state: inout State, context: StepContext) -> Vec2? {
        let g = maximize ? -context.gradient : context.gradient
        let sizes = state.stepSizes ?? Vec2(repeating: context.learningRate)
        let fx = factor(g.x * state.previous.x), fy = factor(g.y * state.previous.y)
        let d = Vec2(clamp(sizes.x * fx), clamp(sizes.y * fy))
        let kept = Vec2(fx == etaMinus ? 0 : g.x, fy == etaMinus ? 0 : g.y)
        // param.addcmul_(grad.sign(), step_size, value=-1): x + (-1 * sign(g)) * d.
        point = point + (-1 * Vec2(Self.sign(kept.x), Self.sign(kept.y))) * d
        state.previous = kept
        state.stepSizes = d
        return nil
    }

    /// `sign[sign.gt(0)] = etaplus; sign[sign.lt(0)] = etaminus; sign[sign.eq(0)] = 1`.
    private func factor(_ product: Double) -> Double {
        let s = Self.sign(product)
        if s > 0 { return etaPlus }
        if s < 0 { return etaMinus }
        return s == 0 ? 1 : s
    }

    /// `clamp_(step_size_min, step_size_max)`.
    private func clamp(_ d: Double) -> Double {
        d.isNaN ? d : min(max(d, stepSizeMin), stepSizeMax)
    }

    /// `torch.sign`: -1, 0 or 1, NaN for NaN.
    static func sign(_ v: Double) -> Double {
        if v.isNaN { return v }
        return v > 0 ? 1 : (v < 0 ? -1 : 0)
    }
}

extension Rprop {
    /// The catalog entry for `rprop`.
    static let catalogEntry = CatalogEntry<any Optimizer>(
        name: "rprop", aliases: ["Rprop", "RProp"],
        summary: "Rprop: per-coordinate step sizes grown by eta+ while the gradient's sign holds, cut by eta- when it flips (torch.optim.Rprop; lr is only the first step size)",
        parameters: [
            ParameterSpec("etas", .numbers(count: 2), range: 0...Double.infinity, default: .list([.number(0.5), .number(1.2)]),
                          summary: "(eta-, eta+): factors on a step size after a sign change, and after none; 0 < eta- < 1 < eta+"),
            ParameterSpec("step_sizes", .numbers(count: 2), range: 0...Double.infinity, default: .list([.number(1e-6), .number(50)]),
                          summary: "(min, max) of the step sizes"),
            OptimizerParameters.maximize,
        ],
        rule: rule, formula: formula
    ) { reader throws(ParameterError) in
        let etas = try reader.numbers("etas", default: [0.5, 1.2])
        guard etas.count == 2, 0 < etas[0], etas[0] < 1, 1 < etas[1] else {
            throw reader.invalid("etas", "'etas' must be (eta-, eta+) with 0 < eta- < 1 < eta+, as PyTorch checks")
        }
        let sizes = try reader.numbers("step_sizes", default: [1e-6, 50])
        guard sizes.count == 2, sizes[0] <= sizes[1] else {
            throw reader.invalid("step_sizes", "'step_sizes' must be (min, max) with min <= max")
        }
        return Rprop(etaMinus: etas[0], etaPlus: etas[1], stepSizeMin: sizes[0], stepSizeMax: sizes[1],
                     maximize: try reader.boolean("maximize", default: false))
    }
}

extension Rprop {
    /// The update rule as the formula box on maps writes it.
    static let formula = "η<sub>i</sub> ← η<sub>i</sub>·η<sub>+</sub> if g<sub>i</sub> keeps its sign, η<sub>i</sub>·η<sub>−</sub> if it flips\nx<sub>i</sub> ← x<sub>i</sub> − η<sub>i</sub> sign(g<sub>i</sub>)"

    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        g <- -g                                      if maximize
        s = sign(g * p)
        f = eta+ if s > 0, eta- if s < 0, 1 if s == 0
        d <- clamp(d * f, d_min, d_max)
        g <- 0 where f == eta-                      (a sign change: skip this coordinate once)
        x <- x - sign(g) * d
        p <- g
        """
}
