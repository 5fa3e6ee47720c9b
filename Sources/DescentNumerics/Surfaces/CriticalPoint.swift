/// A point where the gradient vanishes, with its kind and loss.
public struct CriticalPoint: Sendable, Hashable {
    /// Whether the point is a minimum, a saddle or a maximum.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Both Hessian eigenvalues positive.
        case minimum
        /// Eigenvalues of opposite sign (or a degenerate saddle such as the monkey saddle).
        case saddle
        /// Both Hessian eigenvalues negative.
        case maximum
    }

    /// Where the gradient vanishes.
    public var point: Vec2
    /// Minimum, saddle or maximum.
    public var kind: Kind
    /// `f(point)`.
    public var value: Double
    /// True for the lowest minimum of the surface.
    public var isGlobal: Bool

    /// Creates a critical point.
    public init(point: Vec2, kind: Kind, value: Double, isGlobal: Bool = false) {
        self.point = point
        self.kind = kind
        self.value = value
        self.isGlobal = isGlobal
    }
}
