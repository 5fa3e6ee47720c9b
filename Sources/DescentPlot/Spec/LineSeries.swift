/// One curve of a line panel.
public struct LineSeries: Sendable, Hashable {
    /// Identifies the curve (a run id, or `<run>.validation`, `<run>.x`) across panels.
    public var id: String
    /// Its style.
    public var style: SeriesStyle
    /// Horizontal values (non-finite values break the curve).
    public var xs: [Double]
    /// Vertical values; pairs beyond the shorter of `xs` and `ys` are ignored.
    public var ys: [Double]
    /// The x at which the run diverged, if it did; the curve ends with a mark there.
    public var divergedAt: Double?
    /// Draw the run's marker at every point (for curves of a few measured values, such as a sweep).
    public var showsPoints: Bool
    /// Join the points with a line (false draws only the markers of `showsPoints`: a scatter of data).
    public var showsLine = true
    /// Draw the run's marker where its curve ends inside the chart (a run's curve, so the legend's
    /// marker names it even where several runs share one hue; not for a diverged run, which ends
    /// in its ✕, nor for a curve that leaves the chart).
    public var marksEnd = false

    /// Creates a line series.
    public init(id: String, style: SeriesStyle, xs: [Double], ys: [Double], divergedAt: Double? = nil, showsPoints: Bool = false) {
        self.id = id
        self.style = style
        self.xs = xs
        self.ys = ys
        self.divergedAt = divergedAt
        self.showsPoints = showsPoints
    }
}
