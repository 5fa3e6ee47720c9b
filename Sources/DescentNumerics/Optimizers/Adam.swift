import Foundation

/// Adam and AdamW as in `torch.optim.Adam` / `torch.optim.AdamW` (single-tensor path), plus a
/// teaching variant without bias correction.
///
/// With step `t` (from 1), `beta1, beta2` the betas and `lambda` the weight decay:
///
///     g <- -g                                         if maximize
///     x <- x * (1 - lr * lambda)                      if decoupled (AdamW)
///     g <- g + lambda * x                             otherwise, if lambda != 0
///     m <- lerp(m, g, 1 - beta1)                      (= beta1*m + (1-beta1)*g)
///     v <- beta2 * v + (1 - beta2) * g * g
///     v_max <- max(v_max, v); use v_max for v        if amsgrad
///     step_size = lr / (1 - beta1^t)
///     denom = sqrt(v) / sqrt(1 - beta2^t) + eps
///     x <- x - step_size * m / denom
///
/// This is PyTorch's operation order: `m_hat = m/(1-beta1^t)` and `v_hat = v/(1-beta2^t)` are
/// never formed, so the result matches PyTorch to the last digit rather than the textbook
/// `x - lr * m_hat / (sqrt(v_hat) + eps)`, which differs in the last bits.
///
/// With `biasCorrection` false (not PyTorch; for showing why Adam corrects) the moments are used
/// as they are: `x <- x - lr * m / (sqrt(v) + eps)`. For a steady gradient `m/sqrt(v)` is then
/// `(1 - beta1^t)/sqrt(1 - beta2^t)` rather than 1, so with the default betas the first steps are
/// several times too large: 3.16 `lr` at step 1, about 6.5 `lr` around step 12, still 3.2 at step 100.
///
/// The effective per-parameter rate returned is `lr / denom`, the factor on the bias-corrected
/// momentum. A momentum set by the schedule replaces `beta1`. PyTorch's own default `lr` is 0.001.
public struct Adam: Optimizer {
    /// `betas[0]`: decay of the gradient average.
    public var beta1: Double
    /// `betas[1]`: decay of the squared-gradient average.
    public var beta2: Double
    /// `eps`.
    public var eps: Double
    /// `weight_decay` (lambda).
    public var weightDecay: Double
    /// `decoupled_weight_decay`: AdamW's `x <- x * (1 - lr*lambda)` instead of the L2 gradient term.
    public var decoupledWeightDecay: Bool
    /// `amsgrad`: normalize by the largest `v` seen so far.
    public var amsgrad: Bool
    /// `maximize`.
    public var maximize: Bool
    /// Divide by `1 - beta^t` (PyTorch always does; false is a teaching variant).
    public var biasCorrection: Bool
    /// `beta1^t` and `beta2^t` for the run's steps, computed once (see ``PowerTable``).
    private let powers1: PowerTable
    private let powers2: PowerTable

    /// PyTorch's `exp_avg`, `exp_avg_sq` and `max_exp_avg_sq` for one point.
    public typealias State = Moments<Vec2>

    /// PyTorch's `exp_avg`, `exp_avg_sq` and `max_exp_avg_sq`, all starting at zero: for one
    /// point (`Vec2`) or several side by side (``LaneVector``).
    public struct Moments<V: SIMD & Sendable>: Sendable where V.Scalar == Double {
        /// First moment `m`.
        public var m = V()
        /// Second moment `v`.
        public var v = V()
        /// Largest second moment so far (amsgrad).
        public var vMax = V()
    }

    /// Creates Adam; the defaults are `torch.optim.Adam`'s.
    public init(
        beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8, weightDecay: Double = 0,
        decoupledWeightDecay: Bool = false, amsgrad: Bool = false, maximize: Bool = false, biasCorrection: Bool = true,
        steps: Int = 0
    ) {
        powers1 = PowerTable(base: beta1, steps: steps)
        powers2 = PowerTable(base: beta2, steps: steps)
        self.beta1 = beta1
        self.beta2 = beta2
        self.eps = eps
        self.weightDecay = weightDecay
        self.decoupledWeightDecay = decoupledWeightDecay
        self.amsgrad = amsgrad
        self.maximize = maximize
        self.biasCorrection = biasCorrection
    }

    public func makeState() -> State { State() }

    /// Inlined into the step loop, where the effective rate it returns is unused for a basins
    /// map's endpoints and its divisions are dropped.
    @inline(__always)
    public func update(_ point: inout Vec2, state: inout State, context: StepContext) -> Vec2? {
        updateCoordinates(&point, state: &state, gradient: context.gradient, learningRate: context.learningRate,
             scheduledMomentum: context.scheduledMomentum, step: context.step)
    }

    /// The rule (see the type's documentation) on every coordinate of `point` at once; returns
    /// the effective rate `lr / denom`.
    @inline(__always)
    func updateCoordinates<V: SIMD>(
        _ point: inout V, state: inout Moments<V>, gradient: V, learningRate lr: Double, scheduledMomentum: Double?, step: Int
    ) -> V where V.Scalar == Double {
        let beta1 = scheduledMomentum ?? self.beta1
        var g = maximize ? -gradient : gradient
        g = WeightDecay.apply(weightDecay, decoupled: decoupledWeightDecay, to: &point, gradient: g, learningRate: lr)
        MomentEstimates.update(m: &state.m, v: &state.v, gradient: g, beta1: beta1, beta2: beta2)
        let correction1 = biasCorrection ? 1 - powers1.power(of: beta1, step) : 1
        let correction2 = biasCorrection ? 1 - powers2.power(of: beta2, step) : 1
        let stepSize = lr / correction1
        if amsgrad { state.vMax = TorchPointwise.maximum(state.vMax, state.v) }
        let second = amsgrad ? state.vMax : state.v
        let denom = second.squareRoot() / correction2.squareRoot() + eps
        point = point + ((-stepSize) * state.m) / denom
        return lr / denom
    }

    /// `m_hat = m / (1 - beta1^t)` (with `beta1`, not a scheduled momentum), or `m` without bias
    /// correction: the step is `-lr * m_hat / denom`.
    public func moment(in state: State, step: Int) -> Vec2? {
        biasCorrection ? state.m / (1 - powers1.power(step)) : state.m
    }
}

extension Adam: LaneOptimizer {
    public func makeLaneState() -> Moments<LaneVector> { Moments() }

    @inline(__always)
    public func updateLanes(
        _ points: inout LaneVector, state: inout Moments<LaneVector>, gradient: LaneVector,
        learningRate: Double, scheduledMomentum: Double?, step: Int
    ) {
        _ = updateCoordinates(&points, state: &state, gradient: gradient, learningRate: learningRate, scheduledMomentum: scheduledMomentum, step: step)
    }
}

extension Adam {
    /// The catalog entry for `adam`.
    static let catalogEntry = entry(
        name: "adam", aliases: ["Adam"], weightDecay: 0, decoupled: false,
        summary: "Adam: momentum + RMSProp + bias correction (torch.optim.Adam; its default lr is 0.001)",
        formula: "m<sub>t</sub> = β<sub>1</sub>m<sub>t−1</sub> + (1 − β<sub>1</sub>) g<sub>t</sub>,  m̂<sub>t</sub> = m<sub>t</sub> / (1 − β<sub>1</sub><sup>t</sup>)\n"
            + "v<sub>t</sub> = β<sub>2</sub>v<sub>t−1</sub> + (1 − β<sub>2</sub>) g<sub>t</sub><sup>2</sup>,  v̂<sub>t</sub> = v<sub>t</sub> / (1 − β<sub>2</sub><sup>t</sup>)\n"
            + "x<sub>t+1</sub> = x<sub>t</sub> − η m̂<sub>t</sub> / (√v̂<sub>t</sub> + ε)"
    )

    /// The catalog entry for `adamw`: Adam with decoupled weight decay 0.01.
    static let adamWEntry = entry(
        name: "adamw", aliases: ["AdamW"], weightDecay: 1e-2, decoupled: true,
        summary: "AdamW: Adam with decoupled weight decay, x <- x*(1 - lr*weight_decay) (torch.optim.AdamW)",
        formula: "x<sub>t+1</sub> = x<sub>t</sub>(1 − ηλ) − η m̂<sub>t</sub> / (√v̂<sub>t</sub> + ε)\n(m̂<sub>t</sub>, v̂<sub>t</sub> as in Adam)"
    )

    /// One Adam entry; `adam` and `adamw` differ only in their defaults, as in PyTorch where
    /// `AdamW` is `Adam(decoupled_weight_decay=True, weight_decay=1e-2)`.
    private static func entry(name: String, aliases: [String], weightDecay: Double, decoupled: Bool, summary: String, formula: String) -> CatalogEntry<any Optimizer> {
        CatalogEntry(name: name, aliases: aliases, summary: summary, parameters: [
            OptimizerParameters.betas(),
            OptimizerParameters.eps(default: 1e-8),
            OptimizerParameters.weightDecay(default: weightDecay),
            OptimizerParameters.decoupledWeightDecay(default: decoupled),
            ParameterSpec("amsgrad", .boolean, default: .boolean(false),
                          summary: "AMSGrad: normalize by the largest squared-gradient average so far"),
            OptimizerParameters.maximize,
            ParameterSpec("bias_correction", .boolean, default: .boolean(true),
                          summary: "Divide the moments by 1 - beta^t; false is a teaching variant, not PyTorch", inPyTorch: false),
        ], rule: rule, formula: formula) { reader throws(ParameterError) in
            let (beta1, beta2) = try OptimizerParameters.readBetas(reader)
            return Adam(
                beta1: beta1, beta2: beta2,
                eps: try reader.number("eps", default: 1e-8),
                weightDecay: try reader.number("weight_decay", default: weightDecay),
                decoupledWeightDecay: try reader.boolean("decoupled_weight_decay", default: decoupled),
                amsgrad: try reader.boolean("amsgrad", default: false),
                maximize: try reader.boolean("maximize", default: false),
                biasCorrection: try reader.boolean("bias_correction", default: true),
                steps: reader.context.totalSteps
            )
        }
    }
}

extension Adam {
    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        g <- -g                                         if maximize
        x <- x * (1 - lr * lambda)                      if decoupled (AdamW)
        g <- g + lambda * x                             otherwise, if lambda != 0
        m <- lerp(m, g, 1 - beta1)                      (= beta1*m + (1-beta1)*g)
        v <- beta2 * v + (1 - beta2) * g * g
        v_max <- max(v_max, v); use v_max for v        if amsgrad
        step_size = lr / (1 - beta1^t)
        denom = sqrt(v) / sqrt(1 - beta2^t) + eps
        x <- x - step_size * m / denom
        """
}
