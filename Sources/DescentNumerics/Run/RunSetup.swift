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
    /// Optimizer steps per epoch; the schedule advances once per epoch. For a `SampledSurface`
    /// an epoch is one pass over the data, so this is `ceil(n / batchSize)` whatever was asked
    /// (see `epochLength(surface:batchSize:requested:)`).
    public var stepsPerEpoch: Int
    /// A run that goes this far outside (in multiples of the domain's size) is stopped as diverged.
    public var escapeDomain: Domain
    /// The mini-batch size: real mini-batches on a `SampledSurface`, and gradient noise of
    /// standard deviation `noise / sqrt(batchSize)` on other surfaces. Nil means the full batch
    /// (and noise `noise / 1`).
    public var batchSize: Int?
    /// The seed of the run's shuffles and gradient noise.
    public var seed: UInt64
    /// The standard deviation of the Gaussian gradient noise at batch size 1 on surfaces that are
    /// not `SampledSurface`s; 0 for exact gradients. Ignored on data surfaces, whose noise is real.
    public var noise: Double

    /// Creates a run setup; `escapeDomain` defaults to the surface's domain grown 50-fold.
    public init(
        surface: any Surface, optimizer: any Optimizer, schedule: any LearningRateSchedule = ConstantSchedule(),
        learningRate: Double, start: Vec2, steps: Int, stepsPerEpoch: Int = 1, escapeDomain: Domain? = nil,
        batchSize: Int? = nil, seed: UInt64 = 0, noise: Double = 0
    ) {
        self.surface = surface
        self.optimizer = optimizer
        self.schedule = schedule
        self.learningRate = learningRate
        self.start = start
        self.steps = steps
        self.stepsPerEpoch = Self.epochLength(surface: surface, batchSize: batchSize, requested: stepsPerEpoch)
        self.escapeDomain = escapeDomain ?? surface.defaultDomain.expanded(by: 50)
        self.batchSize = batchSize.map { max(1, $0) }
        self.seed = seed
        self.noise = max(0, noise)
    }

    /// The steps in one epoch: for a `SampledSurface`, one pass over its `n` samples,
    /// `ceil(n / batchSize)` (1 for the full batch); otherwise `requested` (at least 1).
    ///
    /// Use it for `BuildContext.stepsPerEpoch` so that schedules count the same epochs as the run.
    public static func epochLength(surface: any Surface, batchSize: Int?, requested: Int) -> Int {
        guard let sampled = surface as? any SampledSurface else { return max(1, requested) }
        return MiniBatchSampler(count: sampled.sampleCount, batchSize: batchSize, seed: 0).batchesPerEpoch
    }
}
