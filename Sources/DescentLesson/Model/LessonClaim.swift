import DescentNumerics

/// One statement a lesson makes about its computed runs, which `descent check` and
/// `descent build` evaluate: `{run: no-warmup, diverges_before: 5}`,
/// `{runs: [momentum, sgd], smaller: final_distance}`, `{ensemble: sgdr, fraction_in: global, above: 0.7}`.
///
/// A claim about one run holds when it holds from every start point of the run; a comparison
/// pairs the two runs' trajectories start by start. For a seed ensemble both measure the member
/// with the median final loss, so `smaller: final_loss` compares median final losses; an
/// ensemble claim counts the members. Each claim keeps the position of the key that
/// states it, where a failure is reported.
public struct LessonClaim: Sendable, Hashable {
    /// What is claimed.
    public enum Check: Sendable, Hashable {
        /// `diverges: true`: the run diverges (the engine stops it); `diverges: false`: it never does.
        case diverges(Bool)
        /// `diverges_before: N`: the run diverges at a step `< N`.
        case divergesBefore(Int)
        /// `final_loss_below: X`: the run does not diverge and its last loss is `< X`.
        case finalLossBelow(Double)
        /// `final_loss_above: X`: the run diverges, or its last loss is `> X`.
        case finalLossAbove(Double)
        /// `final_distance_below: r`: the run does not diverge and ends within `r` of the nearest
        /// known minimum of the surface: `min_m |p_T - m| < r`.
        case finalDistanceBelow(Double)
        /// `ends_near: [x, y], within: r`: the run does not diverge and `|p_T - (x, y)| < r`.
        case endsNear(Vec2, within: Double)
        /// `reaches: global` or `reaches: [x, y]`, `within: r`: the run does not diverge, the known
        /// minimum nearest its last point is the one named, and it is within `r` of it.
        case reaches(MinimumChoice, within: Double)
        /// `runs: [A, B], smaller: QUANTITY` (`after: N`): A's quantity is smaller than B's.
        case smaller(Quantity, after: Int?)
        /// `runs: [A, B], larger: QUANTITY` (`after: N`): A's quantity is larger than B's.
        case larger(Quantity, after: Int?)
        /// `ensemble: ID, fraction_in: OUTCOME, above: p` (or `below: p`): the fraction of the
        /// ensemble's members that end in the outcome is `> p` (or `< p`).
        case fraction(Outcome, Bound)
        /// `ensemble: ID` with a claim about one run and `above: p` (or `below: p`): the
        /// fraction of the ensemble's members of which that claim holds is `> p` (or `< p`).
        indirect case members(Check, Bound)
        /// `average_distance_below: r`: the run does not diverge and its averaged iterate (ASGD's
        /// `ax`) ends within `r` of the nearest known minimum.
        case averageDistanceBelow(Double)
    }

    /// Where a member of an ensemble ends: in the basin of a known minimum (the minimum nearest
    /// its last point) or diverged.
    public enum Outcome: Sendable, Hashable {
        /// `global`: it does not diverge and its nearest minimum is a global one.
        case global
        /// `local`: it does not diverge and its nearest minimum is not a global one.
        case local
        /// `[x, y]`: it does not diverge and its nearest minimum is the known minimum nearest this
        /// point (which must lie within 0.05 of one).
        case near(Vec2)
        /// `diverged`: the engine stopped it.
        case diverged
    }

    /// How close the point of `fraction_in: [x, y]` must be to a known minimum.
    public static let outcomeWithin = 0.05

    /// The bound of an ensemble fraction.
    public enum Bound: Sendable, Hashable {
        /// `above: p`: the fraction is greater than `p`.
        case above(Double)
        /// `below: p`: the fraction is less than `p`.
        case below(Double)
    }

    /// The minimum a `reaches` claim names.
    public enum MinimumChoice: Sendable, Hashable {
        /// `global`: a global minimum of the surface.
        case global
        /// `[x, y]`: the known minimum nearest this point (it must lie within the claim's
        /// `within` of one).
        case near(Vec2)
    }

    /// A number a run has, which comparisons compare.
    public enum Quantity: String, Sendable, Hashable, CaseIterable {
        /// The last loss; a diverged run's is `+infinity`.
        case finalLoss = "final_loss"
        /// The last point's distance to the nearest known minimum; a diverged run's is `+infinity`.
        case finalDistance = "final_distance"
        /// `max |x_t|` over the points from step `after` (default 0) on; `+infinity` if it diverged.
        case maxAbsX = "max_abs_x"
        /// `max |y_t|` over the points from step `after` (default 0) on; `+infinity` if it diverged.
        case maxAbsY = "max_abs_y"
        /// `max f(p_t)` over the points from step `after` (default 0) on; `+infinity` if it diverged.
        case maxLoss = "max_loss"
        /// How often the step's x component reverses, `(x_{t+1} - x_t)(x_t - x_{t-1}) < 0`, over the
        /// points from step `after` on: a zig-zag along x; `+infinity` if it diverged.
        case reversalsX = "reversals_x"
        /// How often the step's y component reverses, `(y_{t+1} - y_t)(y_t - y_{t-1}) < 0`, over the
        /// points from step `after` on: a zig-zag across y; `+infinity` if it diverged.
        case reversalsY = "reversals_y"
    }

    /// The run the claim is about, or the first of the two it compares.
    public var run: String
    /// The run a comparison compares with, or nil.
    public var other: String?
    /// What is claimed.
    public var check: Check
    /// The lesson file.
    public var file: String
    /// 1-based line of the key that states the claim.
    public var line: Int
    /// 1-based column of that key.
    public var column: Int

    /// Creates a claim.
    public init(run: String, other: String? = nil, check: Check, file: String, line: Int, column: Int) {
        self.run = run
        self.other = other
        self.check = check
        self.file = file
        self.line = line
        self.column = column
    }

    /// The error located at the claim: `file:line:column: error: message`.
    public func diagnostic(_ message: String) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, message: message)
    }
}
