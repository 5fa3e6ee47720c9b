import DescentNumerics

/// One optimizer run described on the command line (`descent trace`), checked and built through
/// the same catalogs as lessons.
public struct TraceRequest: Sendable {
    /// Where the surface comes from.
    public enum SurfaceSource: Sendable {
        /// A named surface with parameters.
        case named(String, [String: ParameterValue])
        /// A formula in x and y.
        case expression(String)
    }

    /// The surface.
    public var surface: SurfaceSource
    /// The optimizer name and its parameters.
    public var optimizer: String
    /// Optimizer parameters (`--set k=v`).
    public var optimizerParameters: [String: ParameterValue]
    /// The schedule name and its parameters.
    public var schedule: String
    /// Schedule parameters (`--schedule-set k=v`).
    public var scheduleParameters: [String: ParameterValue]
    /// Base learning rate.
    public var learningRate: Double
    /// Start point.
    public var start: Vec2
    /// Optimizer steps.
    public var steps: Int
    /// Optimizer steps per epoch (for a data surface, one pass over its samples).
    public var stepsPerEpoch: Int
    /// Seed of the gradient noise and of the mini-batch shuffles.
    public var seed: UInt64
    /// Mini-batch size: real batches on a data surface, noise of std `noise / sqrt(batchSize)` on others.
    public var batchSize: Int?
    /// Gradient noise scale on analytic surfaces.
    public var noise: Double

    /// Creates a request.
    public init(
        surface: SurfaceSource, optimizer: String, optimizerParameters: [String: ParameterValue] = [:],
        schedule: String = "constant", scheduleParameters: [String: ParameterValue] = [:],
        learningRate: Double, start: Vec2, steps: Int, stepsPerEpoch: Int = 1,
        seed: UInt64 = 0, batchSize: Int? = nil, noise: Double = 0
    ) {
        self.surface = surface
        self.optimizer = optimizer
        self.optimizerParameters = optimizerParameters
        self.schedule = schedule
        self.scheduleParameters = scheduleParameters
        self.learningRate = learningRate
        self.start = start
        self.steps = steps
        self.stepsPerEpoch = stepsPerEpoch
        self.seed = seed
        self.batchSize = batchSize
        self.noise = noise
    }

    /// Builds the surface, optimizer and schedule and runs them.
    public func run() throws(ParameterError) -> Trajectory {
        let surface: any Surface
        switch self.surface {
        case .named(let name, let values):
            surface = try Surfaces.catalog.build(name, values)
        case .expression(let formula):
            surface = try Surfaces.catalog.build("expression", ["expression": .text(formula)])
        }
        let epochLength = RunSetup.epochLength(surface: surface, batchSize: batchSize, requested: stepsPerEpoch)
        let context = BuildContext(totalSteps: steps, stepsPerEpoch: epochLength, learningRate: learningRate, optimizer: optimizer)
        let optimizer = try Optimizers.catalog.build(optimizer, optimizerParameters, context: context)
        let schedule = try Schedules.catalog.build(schedule, scheduleParameters, context: context)
        return TrajectoryRunner.run(RunSetup(
            surface: surface, optimizer: optimizer, schedule: schedule, learningRate: learningRate,
            start: start, steps: steps, stepsPerEpoch: epochLength, batchSize: batchSize, seed: seed, noise: noise
        ))
    }
}
