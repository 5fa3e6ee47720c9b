import Foundation

/// The learning-rate range test ("LR finder") of Smith (2017, "Cyclical Learning Rates for
/// Training Neural Networks", section 3.3) as fastai's `lr_find` and torch-lr-finder's
/// `ExponentialLR` compute it: one run whose rate grows exponentially from the run's `lr` to
/// `end_lr`. Not a PyTorch class; computed as `LambdaLR` would, `lr_e = lr * f(e)`:
///
///     f(e) = (end_lr / lr)^(e / (T - 1))        for e = 0 ... T - 1
///
/// so the first epoch uses `lr` and the last (`T - 1`) uses `end_lr` exactly (torch-lr-finder's
/// `r = curr_iter / (num_iter - 1)`). Past `T - 1` the rate keeps growing by the same factor.
/// Plotting the loss against the rate shows where the loss falls fastest and where it blows up.
public struct LRRangeTest: ClosedFormSchedule {
    /// The rate of the last epoch.
    public var endRate: Double
    /// Epochs of the ramp, `T` (at least 2).
    public var epochs: Int
    /// Where the ramp is.
    public var progress = ChainProgress()

    /// Creates the ramp.
    public init(endRate: Double, epochs: Int) {
        self.endRate = endRate
        self.epochs = max(2, epochs)
    }

    /// `lr * (end_lr / lr)^(e / (T - 1))`.
    public func rate(at epoch: Int, base: Double) -> Double {
        base * pow(endRate / base, Double(epoch) / Double(epochs - 1))
    }
}

extension LRRangeTest {
    /// The catalog entry for `lr_range_test`.
    static let catalogEntry = CatalogEntry<any LearningRateSchedule>(
        name: "lr_range_test", aliases: ["lr_finder", "exponential_ramp"],
        summary: "LR range test: the rate grows exponentially from lr to end_lr over the run (Smith 2017; fastai's lr_find)",
        parameters: [
            ParameterSpec("end_lr", .number, range: 1e-12...1e12, default: .number(10), summary: "The rate of the last epoch"),
            ScheduleParameters.epochs("T", minimum: 2, default: nil, summary: "Epochs of the ramp (default: the run's epochs)"),
        ],
        inPyTorch: false, rule: rule
    ) { reader throws(ParameterError) in
        LRRangeTest(endRate: try reader.number("end_lr", default: 10), epochs: try reader.integer("T", default: reader.context.epochs))
    }
}

extension LRRangeTest {
    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        lr_e = lr * (end_lr / lr)^(e / (T - 1))
        """
}
