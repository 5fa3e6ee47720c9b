import DescentScene

/// The affine map from fractional grid coordinates (column, row) to device space:
/// `x = originX + stepX * column`, `y = originY + stepY * row`.
public struct GridTransform: Sendable, Hashable {
    /// Where grid point (0, 0) lands, horizontally.
    public var originX: Double
    /// Where grid point (0, 0) lands, vertically.
    public var originY: Double
    /// Device distance between neighbouring columns (negative to flip).
    public var stepX: Double
    /// Device distance between neighbouring rows (negative for y growing upwards).
    public var stepY: Double

    /// Creates a transform.
    public init(originX: Double, originY: Double, stepX: Double, stepY: Double) {
        self.originX = originX
        self.originY = originY
        self.stepX = stepX
        self.stepY = stepY
    }

    /// The device point of grid coordinates (`column`, `row`).
    @inline(__always)
    public func point(_ column: Double, _ row: Double) -> Point {
        Point(originX + stepX * column, originY + stepY * row)
    }
}
