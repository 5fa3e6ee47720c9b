/// Facts about the run that some defaults depend on (`T_max` defaults to the run's epochs).
public struct BuildContext: Sendable, Hashable {
    /// Optimizer steps in the whole run.
    public var totalSteps: Int
    /// Optimizer steps per epoch; schedules advance once per epoch.
    public var stepsPerEpoch: Int
    /// The base learning rate of the run.
    public var learningRate: Double
    /// The name of the run's optimizer, for schedules that depend on it (`cycle_momentum` needs
    /// a momentum or betas, as PyTorch checks); nil when unknown.
    public var optimizer: String?

    /// Creates a build context.
    public init(totalSteps: Int = 100, stepsPerEpoch: Int = 1, learningRate: Double = 0.1, optimizer: String? = nil) {
        self.totalSteps = totalSteps
        self.stepsPerEpoch = max(1, stepsPerEpoch)
        self.learningRate = learningRate
        self.optimizer = optimizer
    }

    /// Epochs in the run, `ceil(totalSteps / stepsPerEpoch)`, at least 1.
    public var epochs: Int { max(1, (totalSteps + stepsPerEpoch - 1) / stepsPerEpoch) }
}
