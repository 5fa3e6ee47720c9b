/// Linear change of the rate's factor as in `torch.optim.lr_scheduler.LinearLR`, the usual
/// linear warm-up.
///
/// The factor goes from `start_factor` to `end_factor` over `total_iters` epochs, then stays.
/// PyTorch's chainable form, followed here:
///
///     lr_0 = lr * start_factor
///     lr_e = lr_{e-1} * (1 + (end - start) / (total_iters * start + (e - 1) * (end - start)))   for 1 <= e <= total_iters
///     lr_e = lr_{e-1}                                                                          after
public struct LinearLR: ChainableSchedule {
    /// `start_factor`, in (0, 1].
    public var startFactor: Double
    /// `end_factor`, in [0, 1].
    public var endFactor: Double
    /// `total_iters`: epochs of the change.
    public var totalIters: Int

    /// Creates a linear schedule; the defaults are PyTorch's.
    public init(startFactor: Double = 1.0 / 3, endFactor: Double = 1.0, totalIters: Int = 5) {
        self.startFactor = startFactor
        self.endFactor = endFactor
        self.totalIters = totalIters
    }

    /// Where the schedule is.
    public var progress = ChainProgress()

    /// Epoch 0 runs at `lr * start_factor`.
    public func initialRate(base: Double) -> Double { base * startFactor }

    /// `lr_e = lr_{e-1} * (1 + (end - start) / (T * start + (e - 1) * (end - start)))` for `e <= total_iters`.
    public func rate(at epoch: Int, previous: Double, base: Double) -> Double {
        guard epoch <= totalIters else { return previous }
        let change = endFactor - startFactor
        return previous * (1.0 + change / (Double(totalIters) * startFactor + Double(epoch - 1) * change))
    }

    /// The ramp ends (a phase change) at `total_iters`.
    public func events(at epoch: Int) -> [ScheduleEvent] {
        epoch == totalIters ? [ScheduleEvent(.phase)] : []
    }
}

extension LinearLR {
    /// The catalog entry for `linear`.
    static let catalogEntry = CatalogEntry<any LearningRateSchedule>(
        name: "linear", aliases: ["LinearLR", "linear_warmup"],
        summary: "Factor from start_factor to end_factor over total_iters epochs (torch.optim.lr_scheduler.LinearLR)",
        parameters: [
            ParameterSpec("start_factor", .number, range: 0...1, default: .number(1.0 / 3),
                          summary: "Factor on lr at epoch 0 (must be > 0)"),
            ParameterSpec("end_factor", .number, range: 0...1, default: .number(1.0),
                          summary: "Factor on lr from epoch total_iters on"),
            ScheduleParameters.epochs("total_iters", minimum: 0, default: 5, summary: "Epochs over which the factor changes"),
        ],
        rule: rule
    ) { reader throws(ParameterError) in
        let start = try reader.number("start_factor", default: 1.0 / 3)
        guard start > 0 else { throw reader.invalid("start_factor", "'start_factor' must be greater than 0 (as in PyTorch)") }
        return LinearLR(
            startFactor: start,
            endFactor: try reader.number("end_factor", default: 1.0),
            totalIters: try reader.integer("total_iters", default: 5)
        )
    }
}

extension LinearLR {
    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        lr_0 = lr * start_factor
        lr_e = lr_{e-1} * (1 + (end - start) / (total_iters * start + (e - 1) * (end - start)))   for 1 <= e <= total_iters
        lr_e = lr_{e-1}                                                                          after
        """
}
