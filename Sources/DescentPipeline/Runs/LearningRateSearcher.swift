import DescentLesson
import DescentNumerics

/// Chooses a learning rate by the search a lesson states (`lr: auto`): every rate of a log-spaced
/// grid runs the full step budget from the first start point, and the rate with the lowest final
/// (or best) loss wins. Diverged runs never win; ties go to the smaller rate.
struct LearningRateSearcher {
    let runner: LessonRunner

    func best(for plan: RunPlan, search: LearningRateSearch) throws(ParameterError) -> Double {
        let start = plan.starts.first ?? runner.surface.defaultStart
        var best: (rate: Double, score: Double)?
        for rate in search.candidates {
            let trajectory = try runner.trajectory(plan, learningRate: rate, start: start)
            guard trajectory.divergence == nil else { continue }
            let score: Double
            switch search.criterion {
            case .final: score = trajectory.finalLoss ?? .infinity
            case .best: score = trajectory.losses.min() ?? .infinity
            }
            guard score.isFinite else { continue }
            if let current = best, current.score <= score { continue }
            best = (rate, score)
        }
        return best?.rate ?? search.min
    }
}
