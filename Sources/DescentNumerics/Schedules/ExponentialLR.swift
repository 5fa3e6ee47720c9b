/// Exponential decay as in `torch.optim.lr_scheduler.ExponentialLR`.
///
/// Chainable form: `lr_e = lr_{e-1} * gamma` for every epoch `e >= 1`, i.e. `lr * gamma^e` up to
/// rounding.
public struct ExponentialLR: ChainableSchedule {
    /// `gamma`: the factor applied every epoch.
    public var gamma: Double

    /// Creates an exponential decay.
    public init(gamma: Double) {
        self.gamma = gamma
    }

    /// Where the schedule is.
    public var progress = ChainProgress()

    /// `lr_e = lr_{e-1} * gamma`.
    public func rate(at epoch: Int, previous: Double, base: Double) -> Double {
        previous * gamma
    }
}

extension ExponentialLR {
    /// The catalog entry for `exponential`.
    static let catalogEntry = CatalogEntry<any LearningRateSchedule>(
        name: "exponential", aliases: ["ExponentialLR", "exp_decay"],
        summary: "Multiply the rate by gamma every epoch (torch.optim.lr_scheduler.ExponentialLR)",
        parameters: [
            ScheduleParameters.gamma(default: 0.95, summary: "Factor applied every epoch (PyTorch requires it; default 0.95)"),
        ],
        rule: rule
    ) { reader throws(ParameterError) in
        ExponentialLR(gamma: try reader.number("gamma", default: 0.95))
    }
}

extension ExponentialLR {
    /// The rule as `descent list` prints it.
    static let rule = """
        lr_0 = lr
        lr_e = lr_{e-1} * gamma
        """
}
