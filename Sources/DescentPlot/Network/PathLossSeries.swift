/// One run's two losses on a landscape plane, against the step: the true loss along its path
/// `L(θ_t)` and the plane's loss at the path's projection `L(c + a_t u + b_t v)`.
public struct PathLossSeries: Sendable, Hashable {
    /// The run's id.
    public var id: String
    /// The run's style; the panel draws the true loss solid and the in-plane loss dotted in its color.
    public var style: SeriesStyle
    /// The step of each point.
    public var steps: [Double]
    /// `L(θ_t)` at each step.
    public var trueLosses: [Double]
    /// `L(c + a_t u + b_t v)` at each step.
    public var planeLosses: [Double]
    /// The step at which the run diverged, if it did.
    public var divergedAt: Double?

    /// Creates the series of one run.
    public init(id: String, style: SeriesStyle, steps: [Double], trueLosses: [Double], planeLosses: [Double], divergedAt: Double? = nil) {
        self.id = id
        self.style = style
        self.steps = steps
        self.trueLosses = trueLosses
        self.planeLosses = planeLosses
        self.divergedAt = divergedAt
    }
}
