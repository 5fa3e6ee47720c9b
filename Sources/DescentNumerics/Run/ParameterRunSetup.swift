/// Everything one optimizer run over an N-parameter objective needs (a network's training).
public struct ParameterRunSetup: Sendable {
    /// The loss and its mini-batch gradients.
    public var objective: any ParameterObjective
    /// The update rule; must be element-wise (`Optimizer.isElementWise`).
    public var optimizer: any Optimizer
    /// The learning-rate schedule.
    public var schedule: any LearningRateSchedule
    /// The base learning rate (PyTorch's `lr`).
    public var learningRate: Double
    /// The initial parameters (`objective.parameterCount` of them).
    public var start: [Double]
    /// How many optimizer steps to take.
    public var steps: Int
    /// The mini-batch size (nil: the full batch). Batches are dealt as by a PyTorch
    /// `DataLoader(shuffle=True, drop_last=False)` (see ``MiniBatchSampler``).
    public var batchSize: Int?
    /// The seed of the mini-batch shuffles.
    public var seed: UInt64
    /// A run whose largest parameter magnitude exceeds this is stopped as diverged.
    public var divergenceBound: Double

    /// Creates a run setup.
    public init(
        objective: any ParameterObjective, optimizer: any Optimizer, schedule: any LearningRateSchedule = ConstantSchedule(),
        learningRate: Double, start: [Double], steps: Int, batchSize: Int? = nil, seed: UInt64 = 0, divergenceBound: Double = 1e6
    ) {
        self.objective = objective
        self.optimizer = optimizer
        self.schedule = schedule
        self.learningRate = learningRate
        self.start = start
        self.steps = max(0, steps)
        self.batchSize = batchSize.map { max(1, $0) }
        self.seed = seed
        self.divergenceBound = divergenceBound
    }

    /// Optimizer steps per epoch, one pass over the data: `ceil(n / batchSize)` (1 for the full
    /// batch). The schedule advances once per epoch.
    public var stepsPerEpoch: Int {
        MiniBatchSampler(count: objective.sampleCount, batchSize: batchSize, seed: 0).batchesPerEpoch
    }
}
