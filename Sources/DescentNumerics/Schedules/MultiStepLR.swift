import Foundation

/// Decay at chosen epochs as in `torch.optim.lr_scheduler.MultiStepLR`.
///
/// Chainable form: at an epoch listed `k` times in `milestones`, `lr_e = lr_{e-1} * gamma^k`;
/// otherwise the rate is unchanged. The ResNet recipe is `milestones: [30, 60, 90]`, `gamma: 0.1`:
/// 0.1, then 0.01 from epoch 30, 0.001 from 60 and 0.0001 from 90.
public struct MultiStepLR: ChainableSchedule {
    /// `milestones`: the epochs at which the rate decays (a repeated epoch decays repeatedly).
    public var milestones: [Int]
    /// `gamma`: the factor applied at each milestone.
    public var gamma: Double

    /// Creates a multi-step decay.
    public init(milestones: [Int], gamma: Double = 0.1) {
        self.milestones = milestones
        self.gamma = gamma
    }

    /// Where the schedule is.
    public var progress = ChainProgress()

    /// `lr_e = lr_{e-1} * gamma^(number of milestones equal to e)`.
    public func rate(at epoch: Int, previous: Double, base: Double) -> Double {
        var count = 0
        for milestone in milestones where milestone == epoch { count += 1 }
        return count > 0 ? previous * pow(gamma, Double(count)) : previous
    }

    /// A milestone at each listed epoch, with factor `gamma^count` (a milestone listed twice
    /// decays twice, as in PyTorch's `Counter`).
    public func events(at epoch: Int) -> [ScheduleEvent] {
        let count = milestones.count { $0 == epoch }
        return count > 0 ? [ScheduleEvent(.milestone, factor: pow(gamma, Double(count)))] : []
    }
}

extension MultiStepLR {
    /// The catalog entry for `multistep`.
    static let catalogEntry = CatalogEntry<any LearningRateSchedule>(
        name: "multistep", aliases: ["MultiStepLR", "multi_step"],
        summary: "Multiply the rate by gamma at each milestone epoch (torch.optim.lr_scheduler.MultiStepLR)",
        parameters: [
            ParameterSpec("milestones", .numbers(count: nil), range: 1...1e9,
                          summary: "Epochs at which to decay (default: 30%, 60% and 90% of the run, the ResNet recipe)"),
            ScheduleParameters.gamma(default: 0.1, summary: "Factor applied at each milestone"),
        ],
        rule: rule
    ) { reader throws(ParameterError) in
        let epochs = Double(reader.context.epochs)
        let fallback = [0.3, 0.6, 0.9].map { max(1, ($0 * epochs).rounded()) }
        let milestones = try reader.numbers("milestones", default: fallback)
        guard milestones.allSatisfy({ $0.rounded() == $0 }) else {
            throw reader.invalid("milestones", "'milestones' must be whole epochs, not \(ParameterValue.list(milestones.map { .number($0) }))")
        }
        return MultiStepLR(milestones: milestones.map { Int($0) }, gamma: try reader.number("gamma", default: 0.1))
    }
}

extension MultiStepLR {
    /// The rule as `descent list` prints it.
    static let rule = """
        lr_0 = lr
        lr_e = lr_{e-1} * gamma^c   with c = how often e is listed in milestones
        """
}
