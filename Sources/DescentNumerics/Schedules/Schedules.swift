/// The learning-rate schedules a lesson can name.
public enum Schedules {
    /// Every schedule, in the order `descent list` shows them.
    public static let catalog = Catalog<any LearningRateSchedule>(kind: "schedule", entries: [
        ConstantSchedule.catalogEntry,
        FormulaSchedule.catalogEntry,
    ])
}
