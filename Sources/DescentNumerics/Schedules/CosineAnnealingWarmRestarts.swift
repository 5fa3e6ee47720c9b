import Foundation

/// Cosine annealing with warm restarts (SGDR) as in
/// `torch.optim.lr_scheduler.CosineAnnealingWarmRestarts`.
///
///     lr_e = eta_min + (lr - eta_min) * (1 + cos(pi * T_cur / T_i)) / 2
///
/// `T_cur` counts epochs since the last restart; when it reaches `T_i` the rate jumps back to
/// `lr`, `T_cur` starts again and the next period is `T_i * T_mult` epochs (`T_0` the first).
public struct CosineAnnealingWarmRestarts: LearningRateSchedule {
    /// `T_0`: epochs until the first restart.
    public var t0: Int
    /// `T_mult`: growth factor of the period after each restart.
    public var tMult: Int
    /// `eta_min`: the bottom.
    public var etaMin: Double
    private var base = 0.0
    private var tCur = 0
    private var tI = 1

    /// Creates SGDR.
    public init(t0: Int, tMult: Int = 1, etaMin: Double = 0) {
        self.t0 = max(1, t0)
        self.tMult = max(1, tMult)
        self.etaMin = etaMin
    }

    public mutating func start(baseLearningRate: Double) -> ScheduleValue {
        base = baseLearningRate
        tCur = 0
        tI = t0
        return value
    }

    /// Ends an epoch; a restart is reported when `T_cur` reaches `T_i` and starts again.
    public mutating func advance(loss: Double) -> ScheduleValue {
        tCur += 1
        var restarted = false
        if tCur >= tI {
            tCur -= tI
            tI *= tMult
            restarted = true
        }
        var next = value
        if restarted { next.events = [ScheduleEvent(.restart)] }
        return next
    }

    private var value: ScheduleValue {
        ScheduleValue(learningRate: etaMin + (base - etaMin) * (1 + cos(Double.pi * Double(tCur) / Double(tI))) / 2)
    }
}

extension CosineAnnealingWarmRestarts {
    /// The catalog entry for `cosine_warm_restarts`.
    static let catalogEntry = CatalogEntry<any LearningRateSchedule>(
        name: "cosine_warm_restarts", aliases: ["CosineAnnealingWarmRestarts", "sgdr", "warm_restarts"],
        summary: "Cosine to eta_min, then restart at lr; periods T_0, T_0*T_mult, ... (torch.optim.lr_scheduler.CosineAnnealingWarmRestarts)",
        parameters: [
            ScheduleParameters.epochs("T_0", default: nil, summary: "Epochs until the first restart (default: a quarter of the run)"),
            ScheduleParameters.epochs("T_mult", default: 1, summary: "Each period is T_mult times the previous one"),
            ScheduleParameters.etaMin,
        ],
        rule: rule
    ) { reader throws(ParameterError) in
        CosineAnnealingWarmRestarts(
            t0: try reader.integer("T_0", default: max(1, reader.context.epochs / 4)),
            tMult: try reader.integer("T_mult", default: 1),
            etaMin: try reader.number("eta_min", default: 0)
        )
    }
}

extension CosineAnnealingWarmRestarts {
    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        lr_e = eta_min + (lr - eta_min) * (1 + cos(pi * T_cur / T_i)) / 2
        """
}
