/// Step decay as in `torch.optim.lr_scheduler.StepLR`: multiply the rate by `gamma` every
/// `step_size` epochs.
///
/// Chainable form, as PyTorch computes it: `lr_e = lr_{e-1} * gamma` when `e % step_size == 0`,
/// else `lr_e = lr_{e-1}`; so `lr_e = lr * gamma^floor(e / step_size)` up to rounding.
public struct StepLR: ChainableSchedule {
    /// `step_size`: epochs between decays.
    public var stepSize: Int
    /// `gamma`: the factor applied at each decay.
    public var gamma: Double

    /// Creates a step decay.
    public init(stepSize: Int, gamma: Double = 0.1) {
        self.stepSize = max(1, stepSize)
        self.gamma = gamma
    }

    /// Where the schedule is.
    public var progress = ChainProgress()

    /// `lr_e = lr_{e-1} * gamma` when `e` is a multiple of `step_size`, else `lr_{e-1}`.
    public func rate(at epoch: Int, previous: Double, base: Double) -> Double {
        epoch % stepSize == 0 ? previous * gamma : previous
    }

    /// A milestone (factor `gamma`) at every multiple of `step_size`.
    public func events(at epoch: Int) -> [ScheduleEvent] {
        epoch % stepSize == 0 ? [ScheduleEvent(.milestone, factor: gamma)] : []
    }
}

extension StepLR {
    /// The catalog entry for `step`.
    static let catalogEntry = CatalogEntry<any LearningRateSchedule>(
        name: "step", aliases: ["StepLR", "step_decay"],
        summary: "Multiply the rate by gamma every step_size epochs (torch.optim.lr_scheduler.StepLR)",
        parameters: [
            ScheduleParameters.epochs("step_size", default: nil,
                                      summary: "Epochs between decays (default: 30% of the run, as the ResNet recipe's 30 of 100)"),
            ScheduleParameters.gamma(default: 0.1, summary: "Factor applied at each decay"),
        ],
        rule: rule
    ) { reader throws(ParameterError) in
        StepLR(
            stepSize: try reader.integer("step_size", default: max(1, reader.context.epochs * 3 / 10)),
            gamma: try reader.number("gamma", default: 0.1)
        )
    }
}

extension StepLR {
    /// The rule as `descent list` prints it.
    static let rule = """
        lr_0 = lr
        lr_e = lr_{e-1} * gamma   if e % step_size == 0
        lr_e = lr_{e-1}           otherwise
        """
}
