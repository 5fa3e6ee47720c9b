/// `torch.optim.lr_scheduler.MultiplicativeLR` with the lambda written as a formula in `epoch`:
///
///     lr_0 = lr,   lr_e = lr_{e-1} * f(e)   (e >= 1)
///
/// (PyTorch's `group['lr'] * lmbda(self.last_epoch)` when `last_epoch > 0`). Chainable: in a
/// `ChainedScheduler` it scales the rate the schedules before it set.
public struct MultiplicativeLR: LearningRateSchedule {
    /// `lr_lambda`, the factor applied every epoch, in `epoch`.
    public let factor: Formula
    private var rate = 0.0
    private var epoch = 0

    /// Compiles `text` as the factor.
    /// - Throws: `FormulaError` with the column of the first problem.
    public init(_ text: String) throws(FormulaError) {
        factor = try Formula(text, variables: ["epoch"])
    }

    public mutating func start(baseLearningRate: Double) -> ScheduleValue {
        start(baseLearningRate: baseLearningRate, current: baseLearningRate)
    }

    public mutating func advance(loss: Double) -> ScheduleValue {
        advance(loss: loss, current: rate)
    }

    public mutating func start(baseLearningRate: Double, current: Double) -> ScheduleValue {
        epoch = 0
        rate = current
        return ScheduleValue(learningRate: rate)
    }

    public mutating func advance(loss: Double, current: Double) -> ScheduleValue {
        epoch += 1
        let e = Double(epoch)
        rate = current * factor.evaluate { _ in e }
        return ScheduleValue(learningRate: rate)
    }
}

extension MultiplicativeLR {
    /// The catalog entry for `multiplicative`.
    static let catalogEntry = CatalogEntry<any LearningRateSchedule>(
        name: "multiplicative", aliases: ["MultiplicativeLR"],
        summary: "Multiply the rate every epoch by a factor written in epoch, e.g. \"0.95\" (torch.optim.lr_scheduler.MultiplicativeLR)",
        parameters: [
            ParameterSpec("lr_lambda", .text, summary: "The factor applied at each epoch, a formula in epoch"),
        ],
        rule: rule
    ) { reader throws(ParameterError) in
        try FormulaSchedule.fromLambda(reader, example: "0.95") { (text) throws(FormulaError) in try MultiplicativeLR(text) }
    }
}

extension MultiplicativeLR {
    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        lr_0 = lr,   lr_e = lr_{e-1} * f(e)   (e >= 1)
        """
}
