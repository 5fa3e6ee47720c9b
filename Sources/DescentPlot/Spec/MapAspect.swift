import DescentScene

/// How a map's plot area is shaped.
public enum MapAspect: String, Sendable, Hashable, CaseIterable {
    /// Equal scale when it keeps at least `automaticMinimumArea` of the plot area, else `fill`.
    /// A near-square domain in a near-square cell is drawn at equal scale (a round well is
    /// round); a long strip of a domain is not squeezed into a sliver.
    case automatic = "auto"
    /// One unit of x is drawn as long as one unit of y: the plot area shrinks along one side
    /// and is centered in its cell.
    case equal
    /// The plot area fills its cell, each axis scaled on its own.
    case fill

    /// Under `automatic`, the least fraction of the cell's plot area an equal-scale map must keep.
    public static let automaticMinimumArea = 0.6

    /// The plot area for data extents of height-to-width ratio `dataAspect` within `plot`.
    func plotArea(_ plot: Rect, dataAspect: Double) -> Rect {
        switch self {
        case .fill: return plot
        case .equal: return plot.fitted(aspect: dataAspect)
        case .automatic:
            let equal = plot.fitted(aspect: dataAspect)
            let kept = (equal.width * equal.height) / max(1e-12, plot.width * plot.height)
            return kept >= Self.automaticMinimumArea ? equal : plot
        }
    }
}
