/// One curve of a line panel.
public struct LineSeries: Sendable, Hashable {
    /// Identifies the run across panels.
    public var id: String
    /// Its style.
    public var style: SeriesStyle
    /// Horizontal values (non-finite values break the curve).
    public var xs: [Double]
    /// Vertical values; pairs beyond the shorter of `xs` and `ys` are ignored.
    public var ys: [Double]
    /// The x at which the run diverged, if it did; the curve ends with a mark there.
    public var divergedAt: Double?

    /// Creates a line series.
    public init(id: String, style: SeriesStyle, xs: [Double], ys: [Double], divergedAt: Double? = nil) {
        self.id = id
        self.style = style
        self.xs = xs
        self.ys = ys
        self.divergedAt = divergedAt
    }
}
