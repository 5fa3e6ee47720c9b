import DescentLesson
import DescentNumerics

/// Runs every planned run of a lesson on its surface.
public struct LessonRunner: Sendable {
    /// The surface, built once.
    public let surface: any Surface
    /// The language labels are resolved in.
    public let language: String

    /// Creates a runner for `surface`.
    public init(surface: any Surface, language: String) {
        self.surface = surface
        self.language = language
    }

    /// Runs `plan` from each of its start points. `lr: auto` first runs the stated search.
    public func run(_ plan: RunPlan) throws(ParameterError) -> RunResult {
        var label = plan.label.resolved(language: language)
        let rate: Double
        switch plan.learningRate {
        case .fixed(let value):
            rate = value
        case .auto(let search):
            rate = try LearningRateSearcher(runner: self).best(for: plan, search: search)
            label += " (lr=\(LearningRateLabel.text(rate)), auto)"
        }
        var trajectories: [Trajectory] = []
        for start in plan.starts {
            trajectories.append(try trajectory(plan, learningRate: rate, start: start))
        }
        let stepsPerEpoch = RunSetup.epochLength(surface: surface, batchSize: plan.batchSize, requested: plan.stepsPerEpoch)
        return RunResult(id: plan.id, label: label, learningRate: rate, stepsPerEpoch: stepsPerEpoch, trajectories: trajectories)
    }

    /// One trajectory of `plan` with the given rate and start.
    func trajectory(_ plan: RunPlan, learningRate: Double, start: Vec2) throws(ParameterError) -> Trajectory {
        let stepsPerEpoch = RunSetup.epochLength(surface: surface, batchSize: plan.batchSize, requested: plan.stepsPerEpoch)
        let context = BuildContext(totalSteps: plan.steps, stepsPerEpoch: stepsPerEpoch, learningRate: learningRate, optimizer: plan.optimizer.name)
        let optimizer = try Optimizers.catalog.build(plan.optimizer.name, plan.optimizer.parameters, context: context)
        let schedule = try Schedules.catalog.build(plan.schedule.name, plan.schedule.parameters, context: context)
        return TrajectoryRunner.run(RunSetup(
            surface: surface, optimizer: optimizer, schedule: schedule, learningRate: learningRate,
            start: start, steps: plan.steps, stepsPerEpoch: stepsPerEpoch,
            batchSize: plan.batchSize, seed: plan.seed, noise: plan.noise
        ))
    }
}
