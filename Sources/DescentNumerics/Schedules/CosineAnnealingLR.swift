import Foundation

/// Cosine annealing as in `torch.optim.lr_scheduler.CosineAnnealingLR`.
///
/// The closed form is `eta_min + (lr - eta_min) * (1 + cos(pi * e / T_max)) / 2`, but PyTorch
/// computes it recursively from the previous rate, and so does this type (the two differ in the
/// last digits):
///
///     lr_e = lr_{e-1} + (lr - eta_min) * (1 - cos(pi / T_max)) / 2     if (e - 1 - T_max) % (2 T_max) == 0
///     lr_e = (1 + cos(pi e / T_max)) / (1 + cos(pi (e - 1) / T_max)) * (lr_{e-1} - eta_min) + eta_min
///
/// The rate is not held at `eta_min` after `T_max` epochs: like PyTorch's, it follows the cosine
/// back up and reaches `lr` again at `2 T_max` (set `T_max` to the run's length, the default, or
/// use `cosine_warm_restarts` for deliberate restarts).
public struct CosineAnnealingLR: ChainableSchedule {
    /// `T_max`: epochs from the top to the bottom of the cosine.
    public var tMax: Int
    /// `eta_min`: the bottom.
    public var etaMin: Double
    /// Where the schedule is.
    public var progress = ChainProgress()

    /// Creates cosine annealing.
    public init(tMax: Int, etaMin: Double = 0) {
        self.tMax = max(1, tMax)
        self.etaMin = etaMin
    }

    /// PyTorch's `step(0)`: the closed form at epoch 0, `eta_min + (lr - eta_min) * (1 + cos 0) / 2`.
    public mutating func restart(baseLearningRate: Double) -> ScheduleValue {
        progress.base = baseLearningRate
        progress.epoch = 0
        progress.rate = etaMin + (baseLearningRate - etaMin) * (1 + cos(Double.pi * 0 / Double(tMax))) / 2
        return ScheduleValue(learningRate: progress.rate)
    }

    /// PyTorch's recursive `get_lr`: at `(e - 1 - T_max) % (2 T_max) == 0` the rate climbs by
    /// `(lr - eta_min)(1 - cos(pi / T_max)) / 2`; otherwise
    /// `lr_e = (1 + cos(pi e / T)) / (1 + cos(pi (e - 1) / T)) * (lr_{e-1} - eta_min) + eta_min`.
    public func rate(at epoch: Int, previous rate: Double, base: Double) -> Double {
        let t = Double(tMax)
        if (epoch - 1 - tMax) % (2 * tMax) == 0 {
            return rate + (base - etaMin) * (1 - cos(Double.pi / t)) / 2
        } else {
            let e = Double(epoch)
            return (1 + cos(Double.pi * e / t)) / (1 + cos(Double.pi * (e - 1) / t)) * (rate - etaMin) + etaMin
        }
    }
}

extension CosineAnnealingLR {
    /// The catalog entry for `cosine`.
    static let catalogEntry = CatalogEntry<any LearningRateSchedule>(
        name: "cosine", aliases: ["CosineAnnealingLR", "cosine_annealing"],
        summary: "Cosine from lr down to eta_min over T_max epochs, then back up (torch.optim.lr_scheduler.CosineAnnealingLR)",
        parameters: [
            ScheduleParameters.epochs("T_max", default: nil, summary: "Epochs from lr to eta_min (default: the run's epochs)"),
            ScheduleParameters.etaMin,
        ],
        rule: rule
    ) { reader throws(ParameterError) in
        CosineAnnealingLR(
            tMax: try reader.integer("T_max", default: reader.context.epochs),
            etaMin: try reader.number("eta_min", default: 0)
        )
    }
}

extension CosineAnnealingLR {
    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        lr_e = lr_{e-1} + (lr - eta_min) * (1 - cos(pi / T_max)) / 2     if (e - 1 - T_max) % (2 T_max) == 0
        lr_e = (1 + cos(pi e / T_max)) / (1 + cos(pi (e - 1) / T_max)) * (lr_{e-1} - eta_min) + eta_min
        """
}
