/// How far a chainable schedule has got: its base rate, the current epoch and that epoch's rate.
public struct ChainProgress: Sendable, Hashable {
    /// The base learning rate (PyTorch's `base_lrs`).
    public var base = 0.0
    /// The current epoch (PyTorch's `last_epoch`).
    public var epoch = 0
    /// The current epoch's rate (the optimizer's `lr`).
    public var rate = 0.0

    /// The progress before `start`.
    public init() {}
}

/// A schedule in PyTorch's chainable form: each epoch's rate is computed from the previous one
/// (`get_lr` reads `group['lr']`), which is what makes its last digits differ from the closed
/// form. Conformers state the rule; starting and advancing are shared.
public protocol ChainableSchedule: LearningRateSchedule {
    /// Where the schedule is.
    var progress: ChainProgress { get set }
    /// The rate of epoch 0; the base rate unless the schedule starts elsewhere (`LinearLR`).
    func initialRate(base: Double) -> Double
    /// The rate of `epoch >= 1`, given the previous epoch's rate.
    func rate(at epoch: Int, previous: Double, base: Double) -> Double
    /// What happens as `epoch >= 1` begins (a milestone, the end of a ramp); none by default.
    func events(at epoch: Int) -> [ScheduleEvent]
}

extension ChainableSchedule {
    public func initialRate(base: Double) -> Double { base }

    public func events(at epoch: Int) -> [ScheduleEvent] { [] }

    public mutating func start(baseLearningRate: Double) -> ScheduleValue {
        progress.base = baseLearningRate
        progress.epoch = 0
        progress.rate = initialRate(base: baseLearningRate)
        return ScheduleValue(learningRate: progress.rate)
    }

    public mutating func advance(loss: Double) -> ScheduleValue {
        advance(loss: loss, current: progress.rate)
    }

    /// In a chain, epoch 0 scales the chain's rate as it would scale the base rate
    /// (`group['lr'] * start_factor` for `LinearLR`).
    public mutating func start(baseLearningRate: Double, current: Double) -> ScheduleValue {
        progress.base = baseLearningRate
        progress.epoch = 0
        progress.rate = initialRate(base: current)
        return ScheduleValue(learningRate: progress.rate)
    }

    /// The rule applied to `current`, the optimizer's rate (`group['lr']`).
    public mutating func advance(loss: Double, current: Double) -> ScheduleValue {
        progress.epoch += 1
        progress.rate = rate(at: progress.epoch, previous: current, base: progress.base)
        return ScheduleValue(learningRate: progress.rate, events: events(at: progress.epoch))
    }
}
