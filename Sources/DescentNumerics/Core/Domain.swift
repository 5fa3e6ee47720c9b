/// A rectangle of the parameter plane: where a surface is drawn and where runs are expected to stay.
public struct Domain: Sendable, Hashable {
    /// The horizontal extent.
    public var x: ClosedRange<Double>
    /// The vertical extent.
    public var y: ClosedRange<Double>

    /// Creates a domain from its two extents.
    public init(x: ClosedRange<Double>, y: ClosedRange<Double>) {
        self.x = x
        self.y = y
    }

    /// Width of the domain, `x.upperBound - x.lowerBound`.
    public var width: Double { x.upperBound - x.lowerBound }
    /// Height of the domain, `y.upperBound - y.lowerBound`.
    public var height: Double { y.upperBound - y.lowerBound }

    /// True when `p` lies inside the domain (bounds included).
    public func contains(_ p: Vec2) -> Bool { x.contains(p.x) && y.contains(p.y) }

    /// The domain grown by `fraction` of its size on every side.
    public func expanded(by fraction: Double) -> Domain {
        let dx = width * fraction, dy = height * fraction
        return Domain(x: (x.lowerBound - dx)...(x.upperBound + dx), y: (y.lowerBound - dy)...(y.upperBound + dy))
    }
}
