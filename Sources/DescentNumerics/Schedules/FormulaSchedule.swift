/// A schedule written as a formula, with the semantics of Keras's
/// `LearningRateScheduler(schedule)`: at the start of every epoch, including epoch 0, the rate
/// becomes `schedule(epoch, lr)`, where `lr` is the current rate.
///
///     lr_0     = formula(epoch = 0, lr = lr0,      lr0, step = 0)
///     lr_(k+1) = formula(epoch = k + 1, lr = lr_k, lr0, step = (k + 1) * stepsPerEpoch)
///
/// The formula may use `epoch`, `lr` (the current rate), `lr0` (the base rate) and `step` (the
/// optimizer steps taken before this epoch). The lecture notes' example
/// `if(epoch < 1, lr, lr * exp(-1))` keeps the base rate for epoch 0 and then multiplies by
/// `e^-1` every epoch, giving `lr0 * exp(-epoch)`.
public struct FormulaSchedule: LearningRateSchedule {
    /// The compiled formula in `epoch`, `lr`, `lr0`, `step`.
    public let formula: Formula
    /// Optimizer steps per epoch, for the variable `step`.
    public let stepsPerEpoch: Int
    private var epoch = 0
    private var rate = 0.0
    private var base = 0.0

    /// The variables a schedule formula can use, in evaluation order.
    public static let variables = ["epoch", "lr", "lr0", "step"]

    /// Compiles `text` as a schedule.
    /// - Throws: `FormulaError` with the column of the first problem.
    public init(_ text: String, stepsPerEpoch: Int = 1) throws(FormulaError) {
        formula = try Formula(text, variables: Self.variables)
        self.stepsPerEpoch = max(1, stepsPerEpoch)
    }

    private func evaluate(epoch: Int, lr: Double) -> Double {
        let e = Double(epoch), s = Double(epoch * stepsPerEpoch), base = base
        return formula.evaluate { index in
            switch index {
            case 0: return e
            case 1: return lr
            case 2: return base
            default: return s
            }
        }
    }

    public mutating func start(baseLearningRate: Double) -> ScheduleValue {
        base = baseLearningRate
        epoch = 0
        rate = evaluate(epoch: 0, lr: baseLearningRate)
        return ScheduleValue(learningRate: rate)
    }

    public mutating func advance(loss: Double) -> ScheduleValue {
        advance(loss: loss, current: rate)
    }

    /// In a chain, `lr` in the formula is the rate the schedules before it set.
    public mutating func start(baseLearningRate: Double, current: Double) -> ScheduleValue {
        base = baseLearningRate
        epoch = 0
        rate = evaluate(epoch: 0, lr: current)
        return ScheduleValue(learningRate: rate)
    }

    public mutating func advance(loss: Double, current: Double) -> ScheduleValue {
        epoch += 1
        rate = evaluate(epoch: epoch, lr: current)
        return ScheduleValue(learningRate: rate)
    }
}

extension FormulaSchedule {
    /// The catalog entry for `formula`.
    ///
    /// Building it also runs the schedule over the run's epochs and reports the first epoch whose
    /// rate is not a finite number.
    static let catalogEntry = CatalogEntry<any LearningRateSchedule>(
        name: "formula", aliases: ["LearningRateScheduler", "custom"],
        summary: "Keras-style schedule(epoch, lr) as a formula, e.g. \"if(epoch < 1, lr, lr * exp(-1))\"",
        parameters: [
            ParameterSpec("expression", .text, summary: "New rate from epoch, lr (current), lr0 (base) and step"),
        ],
        inPyTorch: false, rule: rule
    ) { r throws(ParameterError) in
        let text = try requiredFormula(r, key: "expression", example: "lr0 * 0.95^epoch", variables: "epoch, lr, lr0 and step")
        let schedule: FormulaSchedule
        do throws(FormulaError) {
            schedule = try FormulaSchedule(text, stepsPerEpoch: r.context.stepsPerEpoch)
        } catch {
            throw located(error, r, key: "expression")
        }
        try checkFinite(schedule, r, key: "expression")
        return schedule
    }

    /// The formula under `key`, or a missing-parameter error with an example.
    static func requiredFormula(_ r: ParameterReader, key: String, example: String, variables: String = "epoch") throws(ParameterError) -> String {
        guard let text = try r.optionalText(key) else {
            throw r.missing(key, "write it as a formula in \(variables), e.g. \"\(example)\"")
        }
        return text
    }

    /// A formula's syntax error as a parameter error at its column.
    static func located(_ error: FormulaError, _ r: ParameterReader, key: String) -> ParameterError {
        var problem = r.invalid(key, "schedule formula: \(error)")
        problem.column = error.column
        return problem
    }

    /// The schedule `make` builds from the formula under `key` (LambdaLR's and MultiplicativeLR's
    /// `lr_lambda`): a missing formula, a syntax error at its column, or a rate that is not
    /// finite over the run's epochs is a located parameter error.
    static func fromLambda<S: LearningRateSchedule>(
        _ r: ParameterReader, key: String = "lr_lambda", example: String, _ make: (String) throws(FormulaError) -> S
    ) throws(ParameterError) -> S {
        let text = try requiredFormula(r, key: key, example: example)
        let schedule: S
        do throws(FormulaError) {
            schedule = try make(text)
        } catch {
            throw located(error, r, key: key)
        }
        try checkFinite(schedule, r, key: key)
        return schedule
    }

    /// Runs `schedule` over the run's epochs and reports the first rate that is not finite.
    static func checkFinite<S: LearningRateSchedule>(_ schedule: S, _ r: ParameterReader, key: String) throws(ParameterError) {
        var check = schedule
        var value = check.start(baseLearningRate: r.context.learningRate)
        for epoch in 0..<r.context.epochs {
            if epoch > 0 { value = check.advance(loss: 0) }
            guard value.learningRate.isFinite else {
                throw r.invalid(key, "schedule formula gives \(value.learningRate) at epoch \(epoch)")
            }
        }
    }
}

extension FormulaSchedule {
    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        lr_0     = formula(epoch = 0, lr = lr0,      lr0, step = 0)
        lr_(k+1) = formula(epoch = k + 1, lr = lr_k, lr0, step = (k + 1) * stepsPerEpoch)
        """
}
