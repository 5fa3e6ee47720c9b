/// Points drawn as markers on a map, without a line: the samples of one class of a data set.
public struct ScatterSeries: Sendable, Hashable {
    /// Identifies the points in the scene (`data.class0`).
    public var id: String
    /// The color and marker shape (the dash is not used).
    public var style: SeriesStyle
    /// The x of each point, in data coordinates (non-finite points are skipped).
    public var xs: [Double]
    /// The y of each point.
    public var ys: [Double]
    /// The marker size relative to a run's end marker (many samples want small marks).
    public var size: Double

    /// Creates a scatter series.
    public init(id: String, style: SeriesStyle, xs: [Double], ys: [Double], size: Double = 0.6) {
        self.id = id
        self.style = style
        self.xs = xs
        self.ys = ys
        self.size = size
    }
}
