/// The Matyas function `f = 0.26 (x^2 + y^2) - 0.48 x y`, minimum 0 at the origin (Jamil & Yang
/// 2013, no. 71).
///
/// The Hessian `[[0.52, -0.48], [-0.48, 0.52]]` has eigenvalues 0.04 along the diagonal `x = y` and
/// 1 across it: a shallow diagonal valley where plain gradient descent crawls.
public struct Matyas: Surface {
    /// Creates the Matyas function.
    public init() {}

    public func value(at p: Vec2) -> Double { 0.26 * (p.x * p.x + p.y * p.y) - 0.48 * p.x * p.y }

    /// `(0.52 x - 0.48 y, 0.52 y - 0.48 x)`.
    public func gradient(at p: Vec2) -> Vec2 { Vec2(0.52 * p.x - 0.48 * p.y, 0.52 * p.y - 0.48 * p.x) }

    /// `[[0.52, -0.48], [-0.48, 0.52]]`.
    public func hessian(at p: Vec2) -> Matrix2 { Matrix2(symmetric: 0.52, -0.48, 0.52) }

    public var criticalPoints: [CriticalPoint] {
        [CriticalPoint(point: .zero, kind: .minimum, value: 0, isGlobal: true)]
    }

    public var defaultDomain: Domain { Domain(x: -10...10, y: -10...10) }
    public var defaultStart: Vec2 { Vec2(-9, 4) }
}

extension Matyas {
    /// The catalog entry for `matyas`.
    static let catalogEntry = CatalogEntry<any Surface>(
        name: "matyas",
        summary: "Matyas function: shallow diagonal valley, minimum 0 at the origin",
        parameters: []
    ) { _ in Matyas() }
}
