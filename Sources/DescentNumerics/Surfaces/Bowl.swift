/// The isotropic quadratic bowl `f(x, y) = (x^2 + y^2) / 2`, minimum 0 at the origin.
///
/// With SGD every learning rate `lr` multiplies the distance to the minimum by `|1 - lr|`, which
/// makes it the cleanest surface for "learning rate as step size".
public struct Bowl: Surface {
    /// Creates the bowl.
    public init() {}

    public func value(at p: Vec2) -> Double { 0.5 * (p.x * p.x + p.y * p.y) }
    public func gradient(at p: Vec2) -> Vec2 { p }
    public func hessian(at p: Vec2) -> Matrix2 { .identity }
    public var criticalPoints: [CriticalPoint] {
        [CriticalPoint(point: .zero, kind: .minimum, value: 0, isGlobal: true)]
    }
    public var defaultDomain: Domain { Domain(x: -2...2, y: -2...2) }
    public var defaultStart: Vec2 { Vec2(-1.6, 1.4) }
}

extension Bowl {
    /// The catalog entry for `bowl`.
    static let catalogEntry = CatalogEntry<any Surface>(
        name: "bowl", aliases: ["quadratic"],
        summary: "Round quadratic bowl (x^2 + y^2)/2, minimum at the origin",
        parameters: []
    ) { _ in Bowl() }
}
