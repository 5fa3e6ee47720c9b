/// A constant factor for the first epochs, as in `torch.optim.lr_scheduler.ConstantLR`.
///
/// Chainable form: `lr_0 = lr * factor`; at epoch `total_iters` the rate is multiplied by
/// `1 / factor` (back to about `lr`); otherwise unchanged.
public struct ConstantLR: ChainableSchedule {
    /// `factor`, in (0, 1].
    public var factor: Double
    /// `total_iters`: epochs at the reduced rate.
    public var totalIters: Int

    /// Creates a constant-factor schedule; the defaults are PyTorch's.
    public init(factor: Double = 1.0 / 3, totalIters: Int = 5) {
        self.factor = factor
        self.totalIters = totalIters
    }

    /// Where the schedule is.
    public var progress = ChainProgress()

    /// Epoch 0 runs at `lr * factor`.
    public func initialRate(base: Double) -> Double { base * factor }

    /// `lr_e = lr_{e-1} / factor` at `e == total_iters`, else `lr_{e-1}`.
    public func rate(at epoch: Int, previous: Double, base: Double) -> Double {
        epoch == totalIters ? previous * (1.0 / factor) : previous
    }

    /// The reduced stretch ends (a phase change, factor `1 / factor`) at `total_iters`.
    public func events(at epoch: Int) -> [ScheduleEvent] {
        epoch == totalIters ? [ScheduleEvent(.phase, factor: 1.0 / factor)] : []
    }
}

extension ConstantLR {
    /// The catalog entry for `constant_factor`.
    static let catalogEntry = CatalogEntry<any LearningRateSchedule>(
        name: "constant_factor", aliases: ["ConstantLR"],
        summary: "lr*factor for total_iters epochs, then lr (torch.optim.lr_scheduler.ConstantLR)",
        parameters: [
            ParameterSpec("factor", .number, range: 0...1, default: .number(1.0 / 3),
                          summary: "Factor on lr until epoch total_iters (must be > 0)"),
            ScheduleParameters.epochs("total_iters", minimum: 0, default: 5, summary: "Epochs at the reduced rate"),
        ],
        rule: rule
    ) { reader throws(ParameterError) in
        let factor = try reader.number("factor", default: 1.0 / 3)
        guard factor > 0 else { throw reader.invalid("factor", "'factor' must be greater than 0 (PyTorch divides by it)") }
        return ConstantLR(factor: factor, totalIters: try reader.integer("total_iters", default: 5))
    }
}

extension ConstantLR {
    /// The rule as `descent list` prints it.
    static let rule = """
        lr_0 = lr * factor
        lr_e = lr_{e-1} * (1 / factor)   at e == total_iters
        lr_e = lr_{e-1}                  otherwise
        """
}
