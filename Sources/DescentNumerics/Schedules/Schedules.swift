/// The learning-rate schedules a lesson can name.
public enum Schedules {
    /// Every schedule, in the order `descent list` shows them.
    public static let catalog = Catalog<any LearningRateSchedule>(kind: "schedule", entries: [
        ConstantSchedule.catalogEntry,
        StepLR.catalogEntry,
        MultiStepLR.catalogEntry,
        ExponentialLR.catalogEntry,
        LinearLR.catalogEntry,
        ConstantLR.catalogEntry,
        PolynomialLR.catalogEntry,
        InverseSqrtSchedule.catalogEntry,
        LRRangeTest.catalogEntry,
        CosineAnnealingLR.catalogEntry,
        CosineAnnealingWarmRestarts.catalogEntry,
        WarmupCosine.catalogEntry,
        ReduceLROnPlateau.catalogEntry,
        CyclicLR.catalogEntry,
        OneCycleLR.catalogEntry,
        SequentialLR.catalogEntry,
        ChainedScheduler.catalogEntry,
        LambdaLR.catalogEntry,
        MultiplicativeLR.catalogEntry,
        FormulaSchedule.catalogEntry,
    ])
}
