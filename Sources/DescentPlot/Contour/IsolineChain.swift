import DescentScene

/// One contour line in grid coordinates (x = column, y = row), oriented with the region
/// `f <= level` on its left.
public struct IsolineChain: Sendable, Hashable {
    /// The points in order.
    public var points: [Point]
    /// True for a loop; false for a chain whose two ends lie on the grid border.
    public var isClosed: Bool
    /// The grid edge (see `IsolineTracer`) the chain starts on.
    public var startEdge: Int
    /// The grid edge the chain ends on.
    public var endEdge: Int
}

extension IsolineChain {
    /// The chain in device space: an open or closed polyline through `transform`.
    public func path(_ transform: GridTransform) -> Path {
        Path(polyline: points.map { transform.point($0.x, $0.y) }, closed: isClosed)
    }
}
