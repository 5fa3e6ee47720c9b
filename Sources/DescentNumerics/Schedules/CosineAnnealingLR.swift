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
public struct CosineAnnealingLR: LearningRateSchedule {
    /// `T_max`: epochs from the top to the bottom of the cosine.
    public var tMax: Int
    /// `eta_min`: the bottom.
    public var etaMin: Double
    private var base = 0.0
    private var rate = 0.0
    private var epoch = 0

    /// Creates cosine annealing.
    public init(tMax: Int, etaMin: Double = 0) {
        self.tMax = max(1, tMax)
        self.etaMin = etaMin
    }

    public mutating func start(baseLearningRate: Double) -> ScheduleValue {
        base = baseLearningRate
        rate = baseLearningRate
        epoch = 0
        return ScheduleValue(learningRate: rate)
    }

    /// PyTorch's `step(0)`: the closed form at epoch 0, `eta_min + (lr - eta_min) * (1 + cos 0) / 2`.
    public mutating func restart(baseLearningRate: Double) -> ScheduleValue {
        base = baseLearningRate
        epoch = 0
        rate = etaMin + (base - etaMin) * (1 + cos(Double.pi * 0 / Double(tMax))) / 2
        return ScheduleValue(learningRate: rate)
    }

    public mutating func advance(loss: Double) -> ScheduleValue {
        epoch += 1
        let t = Double(tMax)
        if (epoch - 1 - tMax) % (2 * tMax) == 0 {
            rate = rate + (base - etaMin) * (1 - cos(Double.pi / t)) / 2
        } else {
            let e = Double(epoch)
            rate = (1 + cos(Double.pi * e / t)) / (1 + cos(Double.pi * (e - 1) / t)) * (rate - etaMin) + etaMin
        }
        return ScheduleValue(learningRate: rate)
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
        ]
    ) { reader throws(ParameterError) in
        CosineAnnealingLR(
            tMax: try reader.integer("T_max", default: reader.context.epochs),
            etaMin: try reader.number("eta_min", default: 0)
        )
    }
}
