/// A point of interest on a contour map.
public struct MarkedPoint: Sendable, Hashable {
    /// What the point is.
    public enum Kind: Sendable, Hashable { case minimum, saddle, maximum }
    /// Data x.
    public var x: Double
    /// Data y.
    public var y: Double
    /// Minimum, saddle or maximum.
    public var kind: Kind
    /// A label shown next to it (Pango markup), or nil.
    public var label: String?

    /// Creates a marked point.
    public init(x: Double, y: Double, kind: Kind, label: String? = nil) {
        self.x = x
        self.y = y
        self.kind = kind
        self.label = label
    }
}
