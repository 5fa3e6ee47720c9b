/// `torch.optim.lr_scheduler.LambdaLR` with the lambda written as a formula in `epoch`:
///
///     lr_e = lr * f(e)
///
/// (PyTorch's `base_lr * lmbda(self.last_epoch)`, from epoch 0 on). A closed form: in a
/// `ChainedScheduler` it overwrites the rate.
public struct LambdaLR: LearningRateSchedule {
    /// `lr_lambda`, the factor on the base rate, in `epoch`.
    public let factor: Formula
    private var base = 0.0
    private var epoch = 0

    /// Compiles `text` as the factor.
    /// - Throws: `FormulaError` with the column of the first problem.
    public init(_ text: String) throws(FormulaError) {
        factor = try Formula(text, variables: ["epoch"])
    }

    public mutating func start(baseLearningRate: Double) -> ScheduleValue {
        base = baseLearningRate
        epoch = 0
        return ScheduleValue(learningRate: base * factor(at: 0))
    }

    public mutating func advance(loss: Double) -> ScheduleValue {
        epoch += 1
        return ScheduleValue(learningRate: base * factor(at: epoch))
    }

    private func factor(at epoch: Int) -> Double {
        let e = Double(epoch)
        return factor.evaluate { _ in e }
    }
}

extension LambdaLR {
    /// The catalog entry for `lambda`.
    static let catalogEntry = CatalogEntry<any LearningRateSchedule>(
        name: "lambda", aliases: ["LambdaLR"],
        summary: "lr times a factor written in epoch, e.g. \"0.95^epoch\" (torch.optim.lr_scheduler.LambdaLR)",
        parameters: [
            ParameterSpec("lr_lambda", .text, summary: "The factor on lr as a formula in epoch"),
        ],
        rule: rule
    ) { reader throws(ParameterError) in
        try FormulaSchedule.fromLambda(reader, example: "0.95^epoch") { (text) throws(FormulaError) in try LambdaLR(text) }
    }
}

extension LambdaLR {
    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        lr_e = lr * f(e)
        """
}
