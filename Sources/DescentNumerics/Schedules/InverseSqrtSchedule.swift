/// Inverse square-root decay with linear warm-up: the Transformer ("Noam") schedule of Vaswani et
/// al. (2017), scaled so that its peak is the run's `lr`. Not a PyTorch class; computed as
/// `LambdaLR` would, `lr_e = lr * f(e)`, with `s = e + 1`:
///
///     f(e) = min(s / warmup, sqrt(warmup / s))
///
/// The rate climbs linearly to `lr` at epoch `warmup - 1`, then falls like `1 / sqrt(e)`. (The
/// Noam form `d^-0.5 * min(s^-0.5, s * warmup^-1.5)` is this times `sqrt(warmup) * d^-0.5`.)
public struct InverseSqrtSchedule: ClosedFormSchedule {
    /// Epochs of linear warm-up.
    public var warmup: Int
    /// Where the schedule is.
    public var progress = ChainProgress()

    /// Creates the schedule.
    public init(warmup: Int) {
        self.warmup = max(1, warmup)
    }

    /// `lr * min(s / warmup, sqrt(warmup / s))`, `s = e + 1`.
    public func rate(at epoch: Int, base: Double) -> Double {
        let s = Double(epoch + 1), w = Double(warmup)
        return base * min(s / w, (w / s).squareRoot())
    }
}

extension InverseSqrtSchedule {
    /// The catalog entry for `inverse_sqrt`.
    static let catalogEntry = CatalogEntry<any LearningRateSchedule>(
        name: "inverse_sqrt", aliases: ["noam", "rsqrt"],
        summary: "Linear warm-up to lr, then lr*sqrt(warmup/(e+1)) (Transformer/Noam schedule, peak = lr)",
        parameters: [
            ScheduleParameters.epochs("warmup", default: 5, summary: "Epochs of linear warm-up; the peak is at epoch warmup-1"),
        ],
        inPyTorch: false, rule: rule
    ) { reader throws(ParameterError) in
        InverseSqrtSchedule(warmup: try reader.integer("warmup", default: 5))
    }
}

extension InverseSqrtSchedule {
    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        f(e) = min(s / warmup, sqrt(warmup / s))
        """
}
