import Foundation

/// Cyclical learning rates as in `torch.optim.lr_scheduler.CyclicLR` (Smith, 2017).
///
/// The rate climbs from `base_lr` to `max_lr` in `step_size_up` epochs and falls back in
/// `step_size_down`. With `L = step_size_up + step_size_down` and `r = step_size_up / L`:
///
///     cycle = floor(1 + e / L),   x = 1 + e / L - cycle
///     s = x / r  if x <= r,  else (x - 1) / (r - 1)
///     lr_e = base_lr + (max_lr - base_lr) * s * f
///     momentum_e = max_momentum - (max_momentum - base_momentum) * s * f     (cycle_momentum)
///
/// with `f = 1` (`triangular`), `f = 1 / 2^(cycle - 1)` (`triangular2`, the amplitude halves each
/// cycle) or `f = gamma^e` (`exp_range`). As in PyTorch, the momentum (SGD, RMSprop) or Adam's
/// beta1 moves opposite to the rate, and with plain SGD this switches momentum on; optimizers
/// without a momentum ignore it.
public struct CyclicLR: LearningRateSchedule {
    /// The shape of successive cycles.
    public enum Mode: String, Sendable, CaseIterable {
        /// Every cycle the same.
        case triangular
        /// The amplitude halves every cycle.
        case triangular2
        /// The amplitude shrinks by `gamma` every epoch.
        case expRange = "exp_range"
    }

    /// `base_lr`, or nil for the run's base rate.
    public var baseLearningRate: Double?
    /// `max_lr`, or nil for four times `base_lr` (Smith's rule of thumb: base = max/3 to max/4).
    public var maxLearningRate: Double?
    /// `step_size_up`: epochs of the climb.
    public var stepSizeUp: Int
    /// `step_size_down`: epochs of the fall (nil: as `step_size_up`).
    public var stepSizeDown: Int?
    /// `mode`.
    public var mode: Mode
    /// `gamma` of `exp_range`.
    public var gamma: Double
    /// The momentum cycle, or nil when `cycle_momentum` is false.
    public var momentum: MomentumCycle?
    private var base = 0.0
    private var peak = 0.0
    private var epoch = 0

    /// Creates a cyclic schedule.
    public init(
        baseLearningRate: Double? = nil, maxLearningRate: Double? = nil, stepSizeUp: Int, stepSizeDown: Int? = nil,
        mode: Mode = .triangular, gamma: Double = 1, momentum: MomentumCycle? = MomentumCycle(base: 0.8, max: 0.9)
    ) {
        self.baseLearningRate = baseLearningRate
        self.maxLearningRate = maxLearningRate
        self.stepSizeUp = max(1, stepSizeUp)
        self.stepSizeDown = stepSizeDown.map { max(1, $0) }
        self.mode = mode
        self.gamma = gamma
        self.momentum = momentum
    }

    public mutating func start(baseLearningRate: Double) -> ScheduleValue {
        base = self.baseLearningRate ?? baseLearningRate
        peak = maxLearningRate ?? 4 * base
        epoch = 0
        return value
    }

    public mutating func advance(loss: Double) -> ScheduleValue {
        epoch += 1
        return value
    }

    private var value: ScheduleValue {
        let up = Double(stepSizeUp)
        let total = up + Double(stepSizeDown ?? stepSizeUp)
        let ratio = up / total
        let e = Double(epoch)
        let cycle = (1 + e / total).rounded(.down)
        let x = 1.0 + e / total - cycle
        let scale = x <= ratio ? x / ratio : (x - 1) / (ratio - 1)
        let factor: Double
        switch mode {
        case .triangular: factor = 1.0
        case .triangular2: factor = 1 / pow(2.0, cycle - 1)
        case .expRange: factor = pow(gamma, e)
        }
        let rate = base + (peak - base) * scale * factor
        let cycledMomentum = momentum.map { $0.max - ($0.max - $0.base) * scale * factor }
        return ScheduleValue(learningRate: rate, momentum: cycledMomentum)
    }
}

extension CyclicLR {
    /// The catalog entry for `cyclic`.
    static let catalogEntry = CatalogEntry<any LearningRateSchedule>(
        name: "cyclic", aliases: ["CyclicLR", "clr"],
        summary: "Triangle waves between base_lr and max_lr, momentum cycled inversely (torch.optim.lr_scheduler.CyclicLR)",
        parameters: [
            ParameterSpec("base_lr", .number, range: 0...Double.infinity, summary: "Lowest rate (default: the run's lr)"),
            ParameterSpec("max_lr", .number, range: 0...Double.infinity, summary: "Highest rate (default: 4 x base_lr)"),
            ScheduleParameters.epochs("step_size_up", default: nil,
                                      summary: "Epochs of each climb (default: an eighth of the run, so four cycles; PyTorch's is 2000 batches)"),
            ScheduleParameters.epochs("step_size_down", default: nil, summary: "Epochs of each fall (default: step_size_up)"),
            ParameterSpec("mode", .choice(Mode.allCases.map(\.rawValue)), default: .text("triangular"),
                          summary: "triangular, triangular2 (amplitude halves each cycle) or exp_range (times gamma^epoch)"),
            ScheduleParameters.gamma(default: 1.0, summary: "Amplitude factor per epoch in exp_range mode"),
        ] + ScheduleParameters.momentumCycle(base: 0.8, max: 0.9),
        rule: rule
    ) { reader throws(ParameterError) in
        let modeName = try reader.text("mode", default: "triangular")
        guard let mode = Mode(rawValue: modeName) else { throw reader.invalid("mode", "unknown mode '\(modeName)'") }
        let up = try reader.integer("step_size_up", default: max(1, reader.context.epochs / 8))
        return CyclicLR(
            baseLearningRate: try reader.optionalNumber("base_lr"),
            maxLearningRate: try reader.optionalNumber("max_lr"),
            stepSizeUp: up,
            stepSizeDown: try reader.optionalInteger("step_size_down"),
            mode: mode,
            gamma: try reader.number("gamma", default: 1.0),
            momentum: try ScheduleParameters.readMomentumCycle(reader, base: 0.8, max: 0.9)
        )
    }
}

extension CyclicLR {
    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        cycle = floor(1 + e / L),   x = 1 + e / L - cycle
        s = x / r  if x <= r,  else (x - 1) / (r - 1)
        lr_e = base_lr + (max_lr - base_lr) * s * f
        momentum_e = max_momentum - (max_momentum - base_momentum) * s * f     (cycle_momentum)
        """
}
