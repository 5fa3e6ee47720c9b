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
}

extension ConstantSchedule {
    /// The catalog entry for `constant`.
    static let catalogEntry = CatalogEntry<any LearningRateSchedule>(
        name: "constant", aliases: ["none", "fixed"],
        summary: "The rate stays at lr for every step",
        parameters: []
    ) { _ in ConstantSchedule() }
}
