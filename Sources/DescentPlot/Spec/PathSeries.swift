import DescentScene

/// One optimizer path on a contour map.
public struct PathSeries: Sendable, Hashable {
    /// Identifies the run across panels.
    public var id: String
    /// Its style.
    public var style: SeriesStyle
    /// The x of each point visited, in data coordinates (non-finite values break the path).
    /// Index `t` is the point after `t` steps.
    public var xs: [Double]
    /// The y of each point visited, in data coordinates.
    public var ys: [Double]
    /// The step at which the run diverged, if it did; the path ends with a mark there.
    public var divergedAtStep: Int?
    /// The text beside the divergence mark, in the figure's language; nil writes "diverged at step k".
    public var divergedLabel: String?
    /// Mark every `dotsEvery`-th step (0, k, 2k, ...) with a dot, or nil for none.
    public var dotsEvery: Int?
    /// Write the step number beside the dots of `dotsEvery` (thinned where they would crowd).
    public var stepLabels: Bool
    /// Steps at which the position is marked with a ring and labelled `t=k`; steps the run did not
    /// reach are skipped.
    public var snapshots: [Int]
    /// The x of points drawn as faint dots under the path, in data coordinates: the points a
    /// method evaluated between its steps, as L-BFGS's inner iterations.
    public var faintXs: [Double]
    /// The y of the faint points.
    public var faintYs: [Double]
    /// Other paths of the same run drawn thin and faint under it, in data coordinates: the other
    /// members of a seed ensemble around the median one.
    public var memberPaths: [[Point]]

    /// Creates a path series.
    public init(
        id: String, style: SeriesStyle, xs: [Double], ys: [Double], divergedAtStep: Int? = nil,
        dotsEvery: Int? = nil, stepLabels: Bool = false, snapshots: [Int] = [], divergedLabel: String? = nil,
        faintXs: [Double] = [], faintYs: [Double] = [], memberPaths: [[Point]] = []
    ) {
        self.memberPaths = memberPaths
        self.faintXs = faintXs
        self.faintYs = faintYs
        self.id = id
        self.style = style
        self.xs = xs
        self.ys = ys
        self.divergedAtStep = divergedAtStep
        self.dotsEvery = dotsEvery
        self.stepLabels = stepLabels
        self.snapshots = snapshots
        self.divergedLabel = divergedLabel
    }

    /// The text beside the divergence mark.
    public var divergenceText: String? {
        divergedAtStep.map { step in divergedLabel ?? "diverged at step \(step)" }
    }
}
