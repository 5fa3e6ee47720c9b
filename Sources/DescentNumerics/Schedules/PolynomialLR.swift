import Foundation

/// Polynomial decay to zero as in `torch.optim.lr_scheduler.PolynomialLR`.
///
/// Closed form `lr * (1 - min(e, total_iters) / total_iters)^power`; PyTorch's chainable form,
/// followed here, is for `1 <= e <= total_iters`:
///
///     lr_e = lr_{e-1} * ((1 - e / total_iters) / (1 - (e - 1) / total_iters))^power
///
/// and the rate is unchanged (zero) after `total_iters`.
public struct PolynomialLR: ChainableSchedule {
    /// `total_iters`: epochs until the rate reaches zero.
    public var totalIters: Int
    /// `power`: 1 is a linear decay.
    public var power: Double

    /// Creates a polynomial decay; the defaults are PyTorch's.
    public init(totalIters: Int = 5, power: Double = 1) {
        self.totalIters = max(1, totalIters)
        self.power = power
    }

    /// Where the schedule is.
    public var progress = ChainProgress()

    /// `lr_e = lr_{e-1} * ((1 - e/T) / (1 - (e-1)/T))^power` for `e <= total_iters`.
    public func rate(at epoch: Int, previous: Double, base: Double) -> Double {
        guard epoch <= totalIters else { return previous }
        let t = Double(totalIters), e = Double(epoch)
        return previous * pow((1.0 - e / t) / (1.0 - (e - 1) / t), power)
    }
}

extension PolynomialLR {
    /// The catalog entry for `polynomial`.
    static let catalogEntry = CatalogEntry<any LearningRateSchedule>(
        name: "polynomial", aliases: ["PolynomialLR", "poly"],
        summary: "lr*(1 - e/total_iters)^power, zero after total_iters (torch.optim.lr_scheduler.PolynomialLR)",
        parameters: [
            ScheduleParameters.epochs("total_iters", default: 5, summary: "Epochs until the rate reaches zero"),
            ParameterSpec("power", .number, range: 0...Double.infinity, default: .number(1),
                          summary: "Exponent of the decay (1 = linear)"),
        ],
        rule: rule
    ) { reader throws(ParameterError) in
        PolynomialLR(
            totalIters: try reader.integer("total_iters", default: 5),
            power: try reader.number("power", default: 1)
        )
    }
}

extension PolynomialLR {
    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        lr_e = lr_{e-1} * ((1 - e / total_iters) / (1 - (e - 1) / total_iters))^power
        """
}
