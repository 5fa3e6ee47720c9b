/// No schedule: the rate stays at its base value, `lr_t = lr`.
public struct ConstantSchedule: LearningRateSchedule {
    private var rate = 0.0

    /// Creates a constant schedule.
    public init() {}

    public mutating func start(baseLearningRate: Double) -> ScheduleValue {
        rate = baseLearningRate
        return ScheduleValue(learningRate: rate)
    }

    public mutating func advance(loss: Double) -> ScheduleValue {
        ScheduleValue(learningRate: rate)
    }

    /// In a chain it leaves the rate as the schedules before it set it (as PyTorch's
    /// `ConstantLR(factor=1.0, total_iters=0)`, which the exported script uses for it).
    public mutating func start(baseLearningRate: Double, current: Double) -> ScheduleValue {
        rate = current
        return ScheduleValue(learningRate: rate)
    }

    public mutating func advance(loss: Double, current: Double) -> ScheduleValue {
        rate = current
        return ScheduleValue(learningRate: rate)
    }
}

extension ConstantSchedule {
    /// The catalog entry for `constant`.
    static let catalogEntry = CatalogEntry<any LearningRateSchedule>(
        name: "constant", aliases: ["none", "fixed"],
        summary: "The rate stays at lr for every step",
        parameters: []
    ) { _ in ConstantSchedule() }
}
