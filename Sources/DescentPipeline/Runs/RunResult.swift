import DescentNumerics

/// One finished run of a lesson: what it was called and where it went.
public struct RunResult: Sendable {
    /// Stable identifier, used to keep the run's style across panels.
    public var id: String
    /// The legend label (already in the lesson's language).
    public var label: String
    /// The learning rate the run used (the chosen one for `lr: auto`).
    public var learningRate: Double
    /// Steps per epoch of the run (schedules advance once per epoch).
    public var stepsPerEpoch: Int
    /// One trajectory per start point, in the lesson's order.
    public var trajectories: [Trajectory]

    /// Creates a run result.
    public init(id: String, label: String, learningRate: Double, stepsPerEpoch: Int = 1, trajectories: [Trajectory]) {
        self.id = id
        self.label = label
        self.learningRate = learningRate
        self.stepsPerEpoch = stepsPerEpoch
        self.trajectories = trajectories
    }

    /// The trajectory from the first start point.
    public var trajectory: Trajectory { trajectories.first ?? Trajectory(capacity: 0) }
}
