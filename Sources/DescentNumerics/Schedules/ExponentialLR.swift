/// Exponential decay as in `torch.optim.lr_scheduler.ExponentialLR`.
///
/// Chainable form: `lr_e = lr_{e-1} * gamma` for every epoch `e >= 1`, i.e. `lr * gamma^e` up to
/// rounding.
public struct ExponentialLR: LearningRateSchedule {
    /// `gamma`: the factor applied every epoch.
    public var gamma: Double
    private var rate = 0.0

    /// Creates an exponential decay.
    public init(gamma: Double) {
        self.gamma = gamma
    }

    public mutating func start(baseLearningRate: Double) -> ScheduleValue {
        rate = baseLearningRate
        return ScheduleValue(learningRate: rate)
    }

    public mutating func advance(loss: Double) -> ScheduleValue {
        rate = rate * gamma
        return ScheduleValue(learningRate: rate)
    }
}

extension ExponentialLR {
    /// The catalog entry for `exponential`.
    static let catalogEntry = CatalogEntry<any LearningRateSchedule>(
        name: "exponential", aliases: ["ExponentialLR", "exp_decay"],
        summary: "Multiply the rate by gamma every epoch (torch.optim.lr_scheduler.ExponentialLR)",
        parameters: [
            ScheduleParameters.gamma(default: 0.95, summary: "Factor applied every epoch (PyTorch requires it; default 0.95)"),
        ]
    ) { reader throws(ParameterError) in
        ExponentialLR(gamma: try reader.number("gamma", default: 0.95))
    }
}
