/// Something a schedule did when an epoch ended: a fact it reports, not a shape read off the
/// rate curve afterwards.
public struct ScheduleEvent: Sendable, Hashable {
    /// What happened.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A planned decay: `StepLR` every `step_size` epochs, `MultiStepLR` at a milestone.
        case milestone
        /// A warm restart: `CosineAnnealingWarmRestarts` set `T_cur` back to 0.
        case restart
        /// `ReduceLROnPlateau` lowered the rate after `patience` bad epochs.
        case plateau
        /// A schedule moved to its next phase: the end of a warm-up or ramp (`LinearLR`,
        /// `ConstantLR`, `PolynomialLR` at `total_iters`), `OneCycleLR`'s peak, or
        /// `SequentialLR` handing over to its next schedule.
        case phase
    }

    /// What happened.
    public var kind: Kind
    /// The factor the event applied to the rate (`gamma`, `factor`), where it has one.
    public var factor: Double?

    /// Creates an event.
    public init(_ kind: Kind, factor: Double? = nil) {
        self.kind = kind
        self.factor = factor
    }
}

/// A schedule event placed on a run: the step whose rate it changed.
public struct StepEvent: Sendable, Hashable {
    /// The first step (index into `Trajectory.learningRates`) that uses the new rate.
    public var step: Int
    /// What happened.
    public var event: ScheduleEvent

    /// Creates a placed event.
    public init(step: Int, event: ScheduleEvent) {
        self.step = step
        self.event = event
    }
}
