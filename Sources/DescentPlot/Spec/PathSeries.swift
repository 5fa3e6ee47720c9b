/// One optimizer path on a contour map.
public struct PathSeries: Sendable, Hashable {
    /// Identifies the run across panels.
    public var id: String
    /// Its style.
    public var style: SeriesStyle
    /// The x of each point visited, in data coordinates (non-finite values break the path).
    public var xs: [Double]
    /// The y of each point visited, in data coordinates.
    public var ys: [Double]
    /// The step at which the run diverged, if it did; the path ends with a mark there.
    public var divergedAtStep: Int?

    /// Creates a path series.
    public init(id: String, style: SeriesStyle, xs: [Double], ys: [Double], divergedAtStep: Int? = nil) {
        self.id = id
        self.style = style
        self.xs = xs
        self.ys = ys
        self.divergedAtStep = divergedAtStep
    }
}
