import Foundation

/// The one-cycle policy as in `torch.optim.lr_scheduler.OneCycleLR` (Smith & Topin, 2018).
///
/// The rate rises from `initial = max_lr / div_factor` to `max_lr` over the first `pct_start`
/// of `total_steps`, then anneals to `min = initial / final_div_factor`. Each phase ends at
/// epoch `pct_start * total_steps - 1` (the peak) and `total_steps - 1`; within a phase from
/// step `a` to `b` with `p = (e - a) / (b - a)`:
///
///     cos:     anneal(s, t, p) = t + (s - t) / 2 * (cos(pi p) + 1)
///     linear:  anneal(s, t, p) = (t - s) * p + s
///
/// `three_phase` adds a symmetric fall back to `initial` before the final anneal. The momentum
/// (or Adam's beta1) moves from `max_momentum` to `base_momentum` and back, opposite to the rate.
/// The run's own `lr` is not used: the rate is set by `max_lr` alone, as in PyTorch.
///
/// Where PyTorch raises (a step beyond `total_steps`, or a phase of zero length), this schedule
/// holds the rate of `total_steps` and treats a zero-length phase as finished.
public struct OneCycleLR: LearningRateSchedule {
    /// How a phase moves between its end points.
    public enum Anneal: String, Sendable, CaseIterable {
        /// Half a cosine.
        case cos
        /// A straight line.
        case linear
    }

    /// `max_lr`, or nil for the run's base rate.
    public var maxLearningRate: Double?
    /// `total_steps`: the epochs of the whole cycle.
    public let totalSteps: Int
    /// `pct_start`: the share of the cycle spent rising.
    public let pctStart: Double
    /// `anneal_strategy`.
    public var anneal: Anneal
    /// `div_factor`: `initial = max_lr / div_factor`.
    public var divFactor: Double
    /// `final_div_factor`: `min = initial / final_div_factor`.
    public var finalDivFactor: Double
    /// `three_phase`.
    public let threePhase: Bool
    /// The momentum cycle, or nil when `cycle_momentum` is false.
    public var momentum: MomentumCycle?
    private var levels = Levels(initial: 0, peak: 0, minimum: 0)
    private var epoch = 0
    private let phases: [Phase]

    /// The three rates a phase can join: `max_lr / div_factor`, `max_lr` and the final minimum.
    private struct Levels: Sendable {
        var initial: Double, peak: Double, minimum: Double

        subscript(_ level: Level) -> Double {
            switch level {
            case .initial: return initial
            case .peak: return peak
            case .minimum: return minimum
            }
        }
    }

    private enum Level: Sendable { case initial, peak, minimum }

    /// One of PyTorch's `_schedule_phases`: where it ends, which rates it joins, and whether each
    /// end of its momentum sweep is `max_momentum` (true) or `base_momentum` (false).
    private struct Phase: Sendable {
        var end: Double
        var rate: (from: Level, to: Level)
        var momentum: (fromMax: Bool, toMax: Bool)
    }

    /// Creates a one-cycle schedule; the defaults are PyTorch's.
    public init(
        maxLearningRate: Double? = nil, totalSteps: Int, pctStart: Double = 0.3, anneal: Anneal = .cos,
        divFactor: Double = 25, finalDivFactor: Double = 1e4, threePhase: Bool = false,
        momentum: MomentumCycle? = MomentumCycle(base: 0.85, max: 0.95)
    ) {
        self.maxLearningRate = maxLearningRate
        self.totalSteps = max(1, totalSteps)
        self.pctStart = pctStart
        self.anneal = anneal
        self.divFactor = divFactor
        self.finalDivFactor = finalDivFactor
        self.threePhase = threePhase
        self.momentum = momentum
        let total = Double(self.totalSteps)
        if threePhase {
            phases = [
                Phase(end: pctStart * total - 1, rate: (.initial, .peak), momentum: (true, false)),
                Phase(end: 2 * pctStart * total - 2, rate: (.peak, .initial), momentum: (false, true)),
                Phase(end: total - 1, rate: (.initial, .minimum), momentum: (true, true)),
            ]
        } else {
            phases = [
                Phase(end: pctStart * total - 1, rate: (.initial, .peak), momentum: (true, false)),
                Phase(end: total - 1, rate: (.peak, .minimum), momentum: (false, true)),
            ]
        }
    }

    public mutating func start(baseLearningRate: Double) -> ScheduleValue {
        let peak = maxLearningRate ?? baseLearningRate
        let initial = peak / divFactor
        levels = Levels(initial: initial, peak: peak, minimum: initial / finalDivFactor)
        epoch = 0
        return value
    }

    public mutating func advance(loss: Double) -> ScheduleValue {
        epoch = min(epoch + 1, totalSteps)
        return value
    }

    /// PyTorch's `get_lr`: the first phase whose end is not passed (or the last), annealed.
    private var value: ScheduleValue {
        let step = Double(epoch)
        let index = phases.firstIndex { step <= $0.end } ?? phases.count - 1
        let phase = phases[index]
        let start = index == 0 ? 0.0 : phases[index - 1].end
        let length = phase.end - start
        let pct = length == 0 ? 1 : (step - start) / length
        let rate = annealed(levels[phase.rate.from], levels[phase.rate.to], pct)
        let cycled = momentum.map { annealed(phase.momentum.fromMax ? $0.max : $0.base, phase.momentum.toMax ? $0.max : $0.base, pct) }
        return ScheduleValue(learningRate: rate, momentum: cycled)
    }

    private func annealed(_ from: Double, _ to: Double, _ pct: Double) -> Double {
        switch anneal {
        case .cos: return to + (from - to) / 2.0 * (cos(Double.pi * pct) + 1)
        case .linear: return (to - from) * pct + from
        }
    }
}

extension OneCycleLR {
    /// The catalog entry for `onecycle`.
    static let catalogEntry = CatalogEntry<any LearningRateSchedule>(
        name: "onecycle", aliases: ["OneCycleLR", "one_cycle"],
        summary: "Warm up to max_lr, then anneal far below the start; momentum inversely (torch.optim.lr_scheduler.OneCycleLR)",
        parameters: [
            ParameterSpec("max_lr", .number, range: 0...Double.infinity, summary: "Peak rate (default: the run's lr)"),
            ScheduleParameters.epochs("total_steps", default: nil, summary: "Epochs of the cycle (default: the run's epochs)"),
            ParameterSpec("pct_start", .number, range: 0...1, default: .number(0.3), summary: "Share of the cycle spent rising"),
            ParameterSpec("anneal_strategy", .choice(Anneal.allCases.map(\.rawValue)), default: .text("cos"),
                          summary: "cos or linear annealing within each phase"),
            ParameterSpec("div_factor", .number, range: 1e-12...Double.infinity, default: .number(25),
                          summary: "Starting rate is max_lr / div_factor"),
            ParameterSpec("final_div_factor", .number, range: 1e-12...Double.infinity, default: .number(1e4),
                          summary: "Final rate is the starting rate / final_div_factor"),
            ParameterSpec("three_phase", .boolean, default: .boolean(false),
                          summary: "Fall back to the starting rate before the final anneal"),
        ] + ScheduleParameters.momentumCycle(base: 0.85, max: 0.95)
    ) { reader throws(ParameterError) in
        let annealName = try reader.text("anneal_strategy", default: "cos")
        guard let anneal = Anneal(rawValue: annealName) else { throw reader.invalid("anneal_strategy", "unknown anneal_strategy '\(annealName)'") }
        return OneCycleLR(
            maxLearningRate: try reader.optionalNumber("max_lr"),
            totalSteps: try reader.integer("total_steps", default: reader.context.epochs),
            pctStart: try reader.number("pct_start", default: 0.3),
            anneal: anneal,
            divFactor: try reader.number("div_factor", default: 25),
            finalDivFactor: try reader.number("final_div_factor", default: 1e4),
            threePhase: try reader.boolean("three_phase", default: false),
            momentum: try ScheduleParameters.readMomentumCycle(reader, base: 0.85, max: 0.95)
        )
    }
}
