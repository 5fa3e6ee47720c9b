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
/// Where PyTorch raises (a run of more epochs than `total_steps`, a phase of zero length that the
/// run reaches) the catalog entry rejects the lesson; the schedule itself holds the rate of
/// `total_steps` and treats a zero-length phase as finished.
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

    /// Ends an epoch; a phase change is reported at the epoch that reaches the end of a phase
    /// other than the last (the peak, and in three phases the return to the start rate).
    public mutating func advance(loss: Double) -> ScheduleValue {
        let before = Double(epoch)
        epoch = min(epoch + 1, totalSteps)
        let now = Double(epoch)
        var next = value
        if phases.dropLast().contains(where: { before < $0.end && $0.end <= now }) { next.events = [ScheduleEvent(.phase)] }
        return next
    }

    /// The first phase (from 0) of zero length that PyTorch's `get_lr` reaches within `epochs`
    /// steps, dividing by its length; nil when there is none.
    func zeroLengthPhase(reachedBy epochs: Int) -> Int? {
        for index in phases.indices {
            let start = index == 0 ? 0.0 : phases[index - 1].end
            guard phases[index].end - start == 0 else { continue }
            // Step 0 (the constructor's) lands in a first phase ending at 0; a later phase of zero
            // length only takes steps beyond its start when it is the last one.
            if index == 0 { return 0 }
            if index == phases.count - 1, Double(epochs) > start { return index }
        }
        return nil
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
        ] + ScheduleParameters.momentumCycle(base: 0.85, max: 0.95),
        rule: rule
    ) { reader throws(ParameterError) in
        let annealName = try reader.text("anneal_strategy", default: "cos")
        guard let anneal = Anneal(rawValue: annealName) else { throw reader.invalid("anneal_strategy", "unknown anneal_strategy '\(annealName)'") }
        let epochs = reader.context.epochs
        let totalSteps = try reader.integer("total_steps", default: epochs)
        // PyTorch's get_lr raises "Tried to step {n} times" once last_epoch > total_steps; the
        // run steps the scheduler once per epoch, the last time after its last epoch.
        if epochs > totalSteps {
            throw reader.invalid("total_steps", "OneCycleLR with total_steps = \(totalSteps) is stepped \(epochs) times by this run, and PyTorch raises 'Tried to step \(totalSteps + 1) times'; total_steps must be at least the run's \(epochs) epochs")
        }
        let pctStart = try reader.number("pct_start", default: 0.3)
        let threePhase = try reader.boolean("three_phase", default: false)
        let schedule = OneCycleLR(
            maxLearningRate: try reader.optionalNumber("max_lr"),
            totalSteps: totalSteps,
            pctStart: pctStart,
            anneal: anneal,
            divFactor: try reader.number("div_factor", default: 25),
            finalDivFactor: try reader.number("final_div_factor", default: 1e4),
            threePhase: threePhase,
            momentum: try ScheduleParameters.readMomentumCycle(reader, base: 0.85, max: 0.95)
        )
        if let phase = schedule.zeroLengthPhase(reachedBy: epochs) {
            throw reader.invalid("pct_start", "OneCycleLR's phase \(phase + 1) has zero length (pct_start = \(pctStart) of total_steps = \(totalSteps)), and PyTorch's get_lr divides by it (ZeroDivisionError); change pct_start or total_steps")
        }
        return schedule
    }
}

extension OneCycleLR {
    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        cos:     anneal(s, t, p) = t + (s - t) / 2 * (cos(pi p) + 1)
        linear:  anneal(s, t, p) = (t - s) * p + s
        """
}
