import DescentLesson
import DescentNumerics

/// One finished run of a lesson: what it is called and where it went. Free of language: the
/// label is resolved only when a figure is laid out.
public struct RunResult: Sendable {
    /// Stable identifier, used to keep the run's style across panels.
    public var id: String
    /// The legend label, in every language the lesson gives.
    public var label: LocalizedText
    /// The learning rate the run used (the chosen one for `lr: auto`).
    public var learningRate: Double
    /// Whether `learningRate` was chosen by the lesson's search (`lr: auto`).
    public var learningRateWasSearched: Bool
    /// Steps per epoch of the run (schedules advance once per epoch).
    public var stepsPerEpoch: Int
    /// One trajectory per start point, in the lesson's order: for a seed ensemble, the member
    /// with the median final loss (``EnsembleStatistics/medianMember(_:)``), which maps draw and
    /// claims about the run measure.
    public var trajectories: [Trajectory]
    /// Per start point, every member of the seed ensemble in seed order (`seed`, `seed + 1`, ...);
    /// one member each for a run without `seeds`. Only the median member keeps a network run's
    /// parameters (`Trajectory.parameters`, 354 numbers a step): the panels that need them draw
    /// the median, and the others' would hold tens of megabytes per lesson for nothing.
    public var members: [[Trajectory]]

    /// Creates a run result of single runs, one per start.
    public init(
        id: String, label: LocalizedText, learningRate: Double, learningRateWasSearched: Bool = false, stepsPerEpoch: Int = 1,
        trajectories: [Trajectory]
    ) {
        self.init(id: id, label: label, learningRate: learningRate, learningRateWasSearched: learningRateWasSearched,
                  stepsPerEpoch: stepsPerEpoch, members: trajectories.map { [$0] })
    }

    /// Creates a run result of seed ensembles, one per start; each start's median member becomes
    /// its trajectory.
    public init(
        id: String, label: LocalizedText, learningRate: Double, learningRateWasSearched: Bool = false, stepsPerEpoch: Int = 1,
        members: [[Trajectory]]
    ) {
        self.id = id
        self.label = label
        self.learningRate = learningRate
        self.learningRateWasSearched = learningRateWasSearched
        self.stepsPerEpoch = stepsPerEpoch
        let medians = members.map { $0.isEmpty ? nil : EnsembleStatistics.medianMember($0) }
        self.members = zip(members, medians).map { group, median in
            group.indices.map { index in
                var member = group[index]
                if index != median { member.parameters = [] }
                return member
            }
        }
        trajectories = zip(members, medians).map { group, median in median.map { group[$0] } ?? Trajectory(capacity: 0) }
    }

    /// Whether the run is a seed ensemble of more than one member.
    public var isEnsemble: Bool { (members.first?.count ?? 1) > 1 }

    /// The members of the ensemble from the first start point.
    public var ensemble: [Trajectory] { members.first ?? [] }

    /// The trajectory from the first start point.
    public var trajectory: Trajectory { trajectories.first ?? Trajectory(capacity: 0) }

    /// The legend label in `language`; a searched rate is named after it: "SGD (lr=0.1, auto)".
    public func label(in language: String) -> String {
        let text = label.resolved(language: language)
        return learningRateWasSearched ? text + " (lr=\(LearningRateLabel.text(learningRate)), auto)" : text
    }
}
