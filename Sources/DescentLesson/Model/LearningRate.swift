import Foundation

/// The base learning rate of a run (PyTorch's `lr`): a number, or `auto` to search for one.
public enum LearningRate: Sendable, Hashable {
    /// This rate.
    case fixed(Double)
    /// The best rate on a log-spaced grid, found by running every candidate (see
    /// `LearningRateSearch`). The pipeline runs the search.
    case auto(LearningRateSearch)

    /// The fixed rate, or nil for `auto`.
    public var fixedValue: Double? {
        if case .fixed(let rate) = self { return rate }
        return nil
    }
}

/// How `lr: auto` chooses a rate: run the lesson's run once for every rate of a log-spaced grid
/// and keep the best by `criterion`.
///
/// Candidate `i` of `points` is `min * (max / min)^(i / (points - 1))`, so the default grid
/// `1e-4 ... 1` with 13 points has three rates per decade (1e-4, 2.15e-4, 4.64e-4, 1e-3, ...).
/// Runs that diverge are never chosen; ties go to the smaller rate.
public struct LearningRateSearch: Sendable, Hashable {
    /// What makes a rate best.
    public enum Criterion: String, Sendable, Hashable, CaseIterable {
        /// The lowest loss after the last step.
        case final
        /// The lowest loss reached at any step.
        case best
    }

    /// The smallest rate tried.
    public var min: Double
    /// The largest rate tried.
    public var max: Double
    /// How many rates are tried (the search's budget in runs).
    public var points: Int
    /// What makes a rate best.
    public var criterion: Criterion

    /// The default search: 13 rates from 1e-4 to 1, lowest final loss.
    public init(min: Double = 1e-4, max: Double = 1, points: Int = 13, criterion: Criterion = .final) {
        self.min = min
        self.max = max
        self.points = points
        self.criterion = criterion
    }

    /// The rates tried, smallest first.
    public var candidates: [Double] {
        guard points > 1, max > min else { return [min] }
        let ratio = max / min
        return (0..<points).map { i in
            i == points - 1 ? max : min * pow(ratio, Double(i) / Double(points - 1))
        }
    }
}
