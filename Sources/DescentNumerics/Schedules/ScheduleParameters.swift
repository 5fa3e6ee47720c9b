/// Parameter descriptions and run-derived defaults shared by several schedules.
///
/// Defaults follow PyTorch where PyTorch has one. Where PyTorch requires a value (`StepLR`'s
/// `step_size`, `T_0`, `max_lr`, ...) the default is derived from the run, as each entry says.
enum ScheduleParameters {
    /// `gamma` for decays, multiplicative factor in (0, 1].
    static func gamma(default value: Double, summary: String) -> ParameterSpec {
        ParameterSpec("gamma", .number, range: 0...Double.infinity, default: .number(value), summary: summary)
    }

    /// `eta_min`, the floor of cosine schedules.
    static let etaMin = ParameterSpec("eta_min", .number, range: 0...Double.infinity, default: .number(0),
                                      summary: "Minimum learning rate")

    /// A whole number of epochs of at least `minimum`.
    static func epochs(_ name: String, minimum: Double = 1, default value: Int?, summary: String) -> ParameterSpec {
        ParameterSpec(name, .integer, range: minimum...1e9, default: value.map { .number(Double($0)) }, summary: summary)
    }

    /// `cycle_momentum`, `base_momentum` and `max_momentum` of `CyclicLR` and `OneCycleLR`.
    static func momentumCycle(base: Double, max: Double) -> [ParameterSpec] {
        [
            ParameterSpec("cycle_momentum", .boolean, default: .boolean(true),
                          summary: "Cycle the optimizer's momentum (or Adam's beta1) inversely to the rate"),
            ParameterSpec("base_momentum", .number, range: 0...1, default: .number(base),
                          summary: "Momentum at the rate's peak"),
            ParameterSpec("max_momentum", .number, range: 0...1, default: .number(max),
                          summary: "Momentum at the rate's low points"),
        ]
    }

    /// Reads the momentum cycle: nil when `cycle_momentum` is false.
    ///
    /// As PyTorch's `CyclicLR` and `OneCycleLR` raise "optimizer must support momentum or beta1
    /// with `cycle_momentum` option enabled" when the optimizer's defaults have neither
    /// `momentum` nor `betas`, so does this, for the run's optimizer (`BuildContext.optimizer`).
    static func readMomentumCycle(_ reader: ParameterReader, base: Double, max: Double) throws(ParameterError) -> MomentumCycle? {
        guard try reader.boolean("cycle_momentum", default: true) else { return nil }
        if let name = reader.context.optimizer, let entry = Optimizers.catalog.entry(named: name),
           !entry.parameters.contains(where: { $0.name == "momentum" || $0.name == "betas" }) {
            throw reader.invalid("cycle_momentum", "optimizer '\(entry.name)' has no momentum or betas to cycle, so PyTorch raises; set cycle_momentum: false")
        }
        return MomentumCycle(
            base: try reader.number("base_momentum", default: base),
            max: try reader.number("max_momentum", default: max)
        )
    }
}

/// The momentum range a cyclic schedule sweeps, inversely to its learning rate.
public struct MomentumCycle: Sendable, Hashable {
    /// `base_momentum`: the momentum where the rate peaks.
    public var base: Double
    /// `max_momentum`: the momentum where the rate is lowest.
    public var max: Double

    /// Creates a momentum cycle.
    public init(base: Double, max: Double) {
        self.base = base
        self.max = max
    }
}
