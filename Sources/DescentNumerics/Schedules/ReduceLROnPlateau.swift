/// Lower the rate when the loss stops improving, as in `torch.optim.lr_scheduler.ReduceLROnPlateau`.
///
/// At the end of each epoch, with the loss `a` and the best loss so far `best`:
///
///     better = a < best * (1 - threshold)   (min, rel)     a < best - threshold   (min, abs)
///              a > best * (1 + threshold)   (max, rel)     a > best + threshold   (max, abs)
///     better: best <- a, bad <- 0;  otherwise bad <- bad + 1
///     in cooldown: cooldown_left <- cooldown_left - 1, bad <- 0
///     bad > patience: lr <- max(lr * factor, min_lr) if that lowers lr by more than eps;
///                     cooldown_left <- cooldown, bad <- 0
///
/// A NaN loss never counts as better.
public struct ReduceLROnPlateau: LearningRateSchedule {
    /// Whether lower (`min`) or higher (`max`) is better.
    public enum Mode: String, Sendable, CaseIterable {
        /// Lower is better (a loss).
        case min
        /// Higher is better (an accuracy).
        case max
    }

    /// How `threshold` is measured.
    public enum ThresholdMode: String, Sendable, CaseIterable {
        /// Relative to the best value.
        case rel
        /// In the loss's own units.
        case abs
    }

    /// `mode`.
    public var mode: Mode
    /// `factor`: the rate is multiplied by it on a plateau.
    public var factor: Double
    /// `patience`: bad epochs tolerated before lowering.
    public var patience: Int
    /// `threshold`: the least improvement that counts.
    public var threshold: Double
    /// `threshold_mode`.
    public var thresholdMode: ThresholdMode
    /// `cooldown`: epochs after a reduction during which bad epochs are not counted.
    public var cooldown: Int
    /// `min_lr`: the floor.
    public var minLearningRate: Double
    /// `eps`: reductions smaller than this are skipped.
    public var eps: Double
    private var rate = 0.0
    private var best = Double.infinity

    /// The rate follows the loss.
    public var readsLoss: Bool { true }
    private var badEpochs = 0
    private var cooldownLeft = 0

    /// Creates a plateau schedule; the defaults are PyTorch's.
    public init(
        mode: Mode = .min, factor: Double = 0.1, patience: Int = 10, threshold: Double = 1e-4,
        thresholdMode: ThresholdMode = .rel, cooldown: Int = 0, minLearningRate: Double = 0, eps: Double = 1e-8
    ) {
        self.mode = mode
        self.factor = factor
        self.patience = patience
        self.threshold = threshold
        self.thresholdMode = thresholdMode
        self.cooldown = cooldown
        self.minLearningRate = minLearningRate
        self.eps = eps
    }

    public mutating func start(baseLearningRate: Double) -> ScheduleValue {
        rate = baseLearningRate
        best = mode == .min ? .infinity : -.infinity
        badEpochs = 0
        cooldownLeft = 0
        return ScheduleValue(learningRate: rate)
    }

    public mutating func advance(loss: Double) -> ScheduleValue {
        if isBetter(loss) {
            best = loss
            badEpochs = 0
        } else {
            badEpochs += 1
        }
        if cooldownLeft > 0 {
            cooldownLeft -= 1
            badEpochs = 0
        }
        var events: [ScheduleEvent] = []
        if badEpochs > patience {
            let lowered = max(rate * factor, minLearningRate)
            if rate - lowered > eps {
                events = [ScheduleEvent(.plateau, factor: lowered / rate)]
                rate = lowered
            }
            cooldownLeft = cooldown
            badEpochs = 0
        }
        return ScheduleValue(learningRate: rate, events: events)
    }

    private func isBetter(_ a: Double) -> Bool {
        switch (mode, thresholdMode) {
        case (.min, .rel): return a < best * (1.0 - threshold)
        case (.min, .abs): return a < best - threshold
        case (.max, .rel): return a > best * (threshold + 1.0)
        case (.max, .abs): return a > best + threshold
        }
    }
}

extension ReduceLROnPlateau {
    /// The catalog entry for `plateau`.
    static let catalogEntry = CatalogEntry<any LearningRateSchedule>(
        name: "plateau", aliases: ["ReduceLROnPlateau", "reduce_on_plateau"],
        summary: "Multiply the rate by factor when the loss has not improved for patience epochs (torch.optim.lr_scheduler.ReduceLROnPlateau)",
        parameters: [
            ParameterSpec("mode", .choice(Mode.allCases.map(\.rawValue)), default: .text("min"),
                          summary: "min: lower loss is better; max: higher is better"),
            ParameterSpec("factor", .number, range: 0...(1.0).nextDown, default: .number(0.1),
                          summary: "Factor applied to the rate on a plateau"),
            ScheduleParameters.epochs("patience", minimum: 0, default: 10, summary: "Epochs without improvement tolerated"),
            ParameterSpec("threshold", .number, range: 0...Double.infinity, default: .number(1e-4),
                          summary: "Least improvement that counts"),
            ParameterSpec("threshold_mode", .choice(ThresholdMode.allCases.map(\.rawValue)), default: .text("rel"),
                          summary: "rel: improvement relative to the best; abs: in loss units"),
            ScheduleParameters.epochs("cooldown", minimum: 0, default: 0, summary: "Epochs to wait after a reduction"),
            ParameterSpec("min_lr", .number, range: 0...Double.infinity, default: .number(0), summary: "Lowest rate"),
            ParameterSpec("eps", .number, range: 0...Double.infinity, default: .number(1e-8),
                          summary: "Reductions smaller than this are skipped"),
        ],
        rule: rule
    ) { reader throws(ParameterError) in
        let modeName = try reader.text("mode", default: "min")
        let thresholdName = try reader.text("threshold_mode", default: "rel")
        guard let mode = Mode(rawValue: modeName) else { throw reader.invalid("mode", "unknown mode '\(modeName)'") }
        guard let thresholdMode = ThresholdMode(rawValue: thresholdName) else {
            throw reader.invalid("threshold_mode", "unknown threshold_mode '\(thresholdName)'")
        }
        return ReduceLROnPlateau(
            mode: mode,
            factor: try reader.number("factor", default: 0.1),
            patience: try reader.integer("patience", default: 10),
            threshold: try reader.number("threshold", default: 1e-4),
            thresholdMode: thresholdMode,
            cooldown: try reader.integer("cooldown", default: 0),
            minLearningRate: try reader.number("min_lr", default: 0),
            eps: try reader.number("eps", default: 1e-8)
        )
    }
}

extension ReduceLROnPlateau {
    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        better = a < best * (1 - threshold)   (min, rel)     a < best - threshold   (min, abs)
                 a > best * (1 + threshold)   (max, rel)     a > best + threshold   (max, abs)
        better: best <- a, bad <- 0;  otherwise bad <- bad + 1
        in cooldown: cooldown_left <- cooldown_left - 1, bad <- 0
        bad > patience: lr <- max(lr * factor, min_lr) if that lowers lr by more than eps;
                        cooldown_left <- cooldown, bad <- 0
        """
}
