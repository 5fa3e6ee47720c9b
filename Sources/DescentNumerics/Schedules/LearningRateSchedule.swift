/// The learning rate (and optionally a momentum) a schedule gives for one epoch.
public struct ScheduleValue: Sendable, Hashable {
    /// The learning rate.
    public var learningRate: Double
    /// The momentum or Adam beta1 the schedule sets (`cycle_momentum`), or nil.
    public var momentum: Double?
    /// What the schedule did as this epoch began (a milestone, a restart, ...); empty for most
    /// epochs.
    public var events: [ScheduleEvent]

    /// Creates a schedule value.
    public init(learningRate: Double, momentum: Double? = nil, events: [ScheduleEvent] = []) {
        self.learningRate = learningRate
        self.momentum = momentum
        self.events = events
    }
}

/// A learning-rate schedule with `torch.optim.lr_scheduler` semantics.
///
/// A schedule is a small state machine that advances once per epoch, exactly as a PyTorch
/// scheduler whose `step()` is called at the end of every epoch.
public protocol LearningRateSchedule: Sendable {
    /// Starts the schedule (PyTorch's constructor) and returns the value for epoch 0.
    mutating func start(baseLearningRate: Double) -> ScheduleValue
    /// Ends an epoch (PyTorch's `scheduler.step()`, or `step(loss)` for `ReduceLROnPlateau`) and
    /// returns the value for the next epoch, with the events that began it. `loss` is the loss at
    /// the end of the epoch.
    mutating func advance(loss: Double) -> ScheduleValue
    /// Starts the schedule again from its own epoch 0, as PyTorch's `scheduler.step(0)` does
    /// when `SequentialLR` hands over to it: the closed form at epoch 0 where the scheduler has
    /// one, which can differ from `start` in the last digit (`CosineAnnealingLR` with `eta_min`).
    mutating func restart(baseLearningRate: Double) -> ScheduleValue
    /// Starts the schedule inside a `ChainedScheduler`, where `current` is the rate the
    /// schedules before it in the chain have set: PyTorch's chainable forms read the optimizer's
    /// `group['lr']`, so they scale `current`; closed forms ignore it.
    mutating func start(baseLearningRate: Double, current: Double) -> ScheduleValue
    /// Ends an epoch inside a `ChainedScheduler`, with `current` the rate the schedules before
    /// it have just set (see `start(baseLearningRate:current:)`).
    mutating func advance(loss: Double, current: Double) -> ScheduleValue
    /// True when the rates depend on the losses passed to `advance` (`ReduceLROnPlateau`, or a
    /// composite holding one). Otherwise every run of a setup gets the same rates, whatever its
    /// start, and a basins map computes them once (`LockstepEndpoints`).
    var readsLoss: Bool { get }
}

extension LearningRateSchedule {
    /// Most schedules are functions of the epoch alone.
    public var readsLoss: Bool { false }

    /// By default a restart is a fresh start.
    public mutating func restart(baseLearningRate: Double) -> ScheduleValue {
        start(baseLearningRate: baseLearningRate)
    }

    /// By default a schedule is a closed form: the chain's current rate is overwritten.
    public mutating func start(baseLearningRate: Double, current: Double) -> ScheduleValue {
        start(baseLearningRate: baseLearningRate)
    }

    /// By default a schedule is a closed form: the chain's current rate is overwritten.
    public mutating func advance(loss: Double, current: Double) -> ScheduleValue {
        advance(loss: loss)
    }
}
