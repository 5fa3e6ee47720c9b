import DescentScene

/// How a map's plot area is shaped.
public enum MapAspect: String, Sendable, Hashable, CaseIterable {
    /// Equal scale when it only narrows the plot area and keeps at least `automaticMinimumWidth`
    /// of its width, else `fill`. A square domain beside curves is drawn square (a round well is round)
    /// while its top and bottom stay level with the curves' plots; a domain wider than its cell,
    /// which equal scale would have to shorten, fills the cell, and so does a tall strip.
    case automatic = "auto"
    /// One unit of x is drawn as long as one unit of y: the plot area shrinks along one side
    /// and is centered in its cell.
    case equal
    /// The plot area fills its cell, each axis scaled on its own.
    case fill

    /// Under `automatic`, the least fraction of the cell's plot width an equal-scale map must
    /// keep: a square domain alone on a slide (plot about 2.2 times as wide as tall) keeps 46 %.
    public static let automaticMinimumWidth = 0.4

    /// The plot area for data extents of height-to-width ratio `dataAspect` within `plot`.
    func plotArea(_ plot: Rect, dataAspect: Double) -> Rect {
        switch self {
        case .fill: return plot
        case .equal: return plot.fitted(aspect: dataAspect)
        case .automatic:
            let equal = plot.fitted(aspect: dataAspect)
            let kept = equal.width / max(1e-12, plot.width)
            return equal.height >= plot.height - 1e-9 && kept >= Self.automaticMinimumWidth ? equal : plot
        }
    }
}
