import DescentLesson
import DescentNumerics

/// Runs every planned run of a lesson on its surface. Knows no language: labels stay
/// ``LocalizedText`` until a figure is laid out.
public struct LessonRunner: Sendable {
    /// The surface, built once.
    public let surface: any Surface

    /// Creates a runner for `surface`.
    public init(surface: any Surface) {
        self.surface = surface
    }

    /// Runs `plan` from each of its start points, once per seed of its ensemble
    /// (``RunPlan/memberSeeds``). `lr: auto` first runs the stated search (with the run's own seed).
    public func run(_ plan: RunPlan) throws(ParameterError) -> RunResult {
        let rate: Double, searched: Bool
        switch plan.learningRate {
        case .fixed(let value): (rate, searched) = (value, false)
        case .auto(let search): (rate, searched) = (try LearningRateSearcher(runner: self).best(for: plan, search: search), true)
        }
        let setup = try self.setup(plan, learningRate: rate)
        let members = plan.starts.map { start in
            plan.memberSeeds.map { seed in
                var member = setup
                member.setup.seed = seed
                return member.from(start)
            }
        }
        return RunResult(
            id: plan.id, label: plan.label, learningRate: rate, learningRateWasSearched: searched,
            stepsPerEpoch: setup.stepsPerEpoch, members: members
        )
    }

    /// One trajectory of `plan` with the given rate and start.
    func trajectory(_ plan: RunPlan, learningRate: Double, start: Vec2) throws(ParameterError) -> Trajectory {
        try setup(plan, learningRate: learningRate).from(start)
    }

    /// The run of `plan` at `learningRate` with its optimizer and schedule built once, ready to
    /// start anywhere.
    public func setup(_ plan: RunPlan, learningRate: Double) throws(ParameterError) -> PlannedRun {
        let stepsPerEpoch = RunSetup.epochLength(surface: surface, batchSize: plan.batchSize, requested: plan.stepsPerEpoch)
        let context = BuildContext(totalSteps: plan.steps, stepsPerEpoch: stepsPerEpoch, learningRate: learningRate, optimizer: plan.optimizer.name)
        let optimizer = try Optimizers.catalog.build(plan.optimizer.name, plan.optimizer.parameters, context: context)
        let schedule = try Schedules.catalog.build(plan.schedule.name, plan.schedule.parameters, context: context)
        return PlannedRun(setup: RunSetup(
            surface: surface, optimizer: optimizer, schedule: schedule, learningRate: learningRate,
            start: plan.starts.first ?? surface.defaultStart, steps: plan.steps, stepsPerEpoch: stepsPerEpoch,
            batchSize: plan.batchSize, seed: plan.seed, noise: plan.noise
        ))
    }
}

/// A run whose optimizer and schedule are built, started from any point. Optimizers and
/// schedules are values, so every start gets a fresh state.
public struct PlannedRun: Sendable {
    /// The setup; its `start` is replaced by each call's.
    public var setup: RunSetup

    /// Steps per epoch of the run.
    public var stepsPerEpoch: Int { setup.stepsPerEpoch }

    /// The full trajectory from `start`.
    public func from(_ start: Vec2) -> Trajectory {
        var setup = setup
        setup.start = start
        return TrajectoryRunner.run(setup)
    }

    /// Only where the runs from each of `starts` end, in order (`TrajectoryRunner.endpoints`).
    public func endpoints(from starts: [Vec2]) -> [RunEndpoint] {
        TrajectoryRunner.endpoints(setup, from: starts)
    }
}
