import DescentNumerics

/// One optimizer run of a lesson, with every default filled in and sweeps already expanded.
public struct RunPlan: Sendable, Hashable {
    /// A stable, file-name-safe name: the `id` the lesson gives, else the optimizer's name
    /// (`sgd`), with the swept key and value for sweeps (`sgd-lr-0.1`) and `-2`, `-3`, ... when
    /// two runs would otherwise share one.
    public var id: String
    /// The legend text.
    public var label: LocalizedText
    /// The optimizer and its parameters (the learning rate is not among them).
    public var optimizer: CatalogChoice
    /// The base learning rate.
    public var learningRate: LearningRate
    /// The learning-rate schedule and its parameters.
    public var schedule: CatalogChoice
    /// The start points (at least one); the run is repeated from each.
    public var starts: [Vec2]
    /// Optimizer steps.
    public var steps: Int
    /// Optimizer steps per epoch; the schedule advances once per epoch.
    public var stepsPerEpoch: Int
    /// Seed of the run's random numbers (gradient noise, mini-batches).
    public var seed: UInt64
    /// Members of the run's seed ensemble (1: a single run); see ``memberSeeds``.
    public var seeds: Int
    /// Mini-batch size, or nil for the full batch.
    public var batchSize: Int?
    /// Standard deviation of the Gaussian noise added to the gradient of an analytic surface
    /// (before dividing by `sqrt(batch_size)`); 0 for exact gradients.
    public var noise: Double
    /// The run's color as `0xRRGGBB`, or nil to take the theme's next color.
    public var color: UInt32?
    /// The sweep this run belongs to, or nil.
    public var sweep: SweepMember?

    /// Creates a run plan.
    public init(
        id: String, label: LocalizedText, optimizer: CatalogChoice, learningRate: LearningRate,
        schedule: CatalogChoice, starts: [Vec2], steps: Int, stepsPerEpoch: Int = 1, seed: UInt64 = 0, seeds: Int = 1,
        batchSize: Int? = nil, noise: Double = 0, color: UInt32? = nil, sweep: SweepMember? = nil
    ) {
        self.id = id
        self.label = label
        self.optimizer = optimizer
        self.learningRate = learningRate
        self.schedule = schedule
        self.starts = starts
        self.steps = steps
        self.stepsPerEpoch = stepsPerEpoch
        self.seed = seed
        self.seeds = max(1, seeds)
        self.batchSize = batchSize
        self.noise = noise
        self.color = color
        self.sweep = sweep
    }

    /// The seeds of the ensemble's members, `seed, seed + 1, ..., seed + seeds - 1` (wrapping at
    /// 2^64): member 0 is the run as it would be without `seeds`, and two runs of a lesson with the
    /// same seed share the noise of each member, so their members compare pairwise.
    public var memberSeeds: [UInt64] {
        (0..<UInt64(seeds)).map { seed &+ $0 }
    }

    /// The `BuildContext` for this run's optimizer and schedule, at base rate `learningRate`.
    public func buildContext(learningRate: Double) -> BuildContext {
        BuildContext(totalSteps: steps, stepsPerEpoch: stepsPerEpoch, learningRate: learningRate, optimizer: optimizer.name)
    }
}

/// Where a run sits in a sweep: `runs: [{optimizer: sgd, lr: [0.01, 0.1]}]` gives two runs with
/// group `sgd`, key `lr` and values 0.01 and 0.1.
public struct SweepMember: Sendable, Hashable {
    /// The id shared by every run of the sweep (the runs' id without the swept key and value).
    public var group: String
    /// The swept key: `lr`, a run setting (`batch_size`, `seed`, `noise`) or an optimizer parameter.
    public var key: String
    /// This run's value of the key.
    public var value: ParameterValue
    /// This run's position in the sweep, from 0.
    public var index: Int

    /// Creates a sweep member.
    public init(group: String, key: String, value: ParameterValue, index: Int) {
        self.group = group
        self.key = key
        self.value = value
        self.index = index
    }
}
