/// Everything one optimizer run needs.
public struct RunSetup: Sendable {
    /// The loss surface.
    public var surface: any Surface
    /// The update rule.
    public var optimizer: any Optimizer
    /// The learning-rate schedule.
    public var schedule: any LearningRateSchedule
    /// The base learning rate (PyTorch's `lr`).
    public var learningRate: Double
    /// The start point.
    public var start: Vec2
    /// How many optimizer steps to take.
    public var steps: Int
    /// Optimizer steps per epoch; the schedule advances once per epoch.
    public var stepsPerEpoch: Int
    /// A run that goes this far outside (in multiples of the domain's size) is stopped as diverged.
    public var escapeDomain: Domain

    /// Creates a run setup; `escapeDomain` defaults to the surface's domain grown 50-fold.
    public init(
        surface: any Surface, optimizer: any Optimizer, schedule: any LearningRateSchedule = ConstantSchedule(),
        learningRate: Double, start: Vec2, steps: Int, stepsPerEpoch: Int = 1, escapeDomain: Domain? = nil
    ) {
        self.surface = surface
        self.optimizer = optimizer
        self.schedule = schedule
        self.learningRate = learningRate
        self.start = start
        self.steps = steps
        self.stepsPerEpoch = max(1, stepsPerEpoch)
        self.escapeDomain = escapeDomain ?? surface.defaultDomain.expanded(by: 50)
    }
}
