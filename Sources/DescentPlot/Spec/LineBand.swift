import DescentScene

/// A shaded band between two curves of a line panel, drawn under the curves: the spread of a
/// seed ensemble, its 10 % and 90 % quantiles step by step, in the run's color (or, opaque, the
/// bars of a bar chart).
///
/// A value of `+infinity` (the quantile reaches into members that diverged) runs the band up to
/// the top edge; a non-positive value on a logarithmic axis runs it down to the bottom edge;
/// NaN leaves a gap.
public struct LineBand: Sendable, Hashable {
    /// The opacity of an ensemble's spread.
    public static let spreadOpacity = 0.2

    /// Identifies the band (`<run>.band`).
    public var id: String
    /// The fill color.
    public var color: Color
    /// The fill's opacity: faint for a spread under its curve, strong for a bar.
    public var opacity: Double
    /// Horizontal values.
    public var xs: [Double]
    /// The lower edge.
    public var lows: [Double]
    /// The upper edge.
    public var highs: [Double]

    /// Creates a band.
    public init(id: String, color: Color, opacity: Double = LineBand.spreadOpacity, xs: [Double], lows: [Double], highs: [Double]) {
        self.id = id
        self.color = color
        self.opacity = opacity
        self.xs = xs
        self.lows = lows
        self.highs = highs
    }
}
