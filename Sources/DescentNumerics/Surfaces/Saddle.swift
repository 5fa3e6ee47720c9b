/// The saddle `f = x^2 - y^2`: a saddle point at the origin, rising along x and falling along y.
///
/// Started almost on the x axis, gradient descent slides to the origin and lingers there, since the
/// escape along y grows only like `(1 + 2 lr)^t` from a tiny offset.
public struct Saddle: Surface {
    /// Creates the saddle.
    public init() {}

    public func value(at p: Vec2) -> Double { p.x * p.x - p.y * p.y }

    /// `(2x, -2y)`.
    public func gradient(at p: Vec2) -> Vec2 { Vec2(2 * p.x, -2 * p.y) }

    /// `diag(2, -2)`.
    public func hessian(at p: Vec2) -> Matrix2 { Matrix2(symmetric: 2, 0, -2) }

    public var criticalPoints: [CriticalPoint] { [CriticalPoint(point: .zero, kind: .saddle, value: 0)] }
    public var defaultDomain: Domain { Domain(x: -2...2, y: -2...2) }
    public var defaultStart: Vec2 { Vec2(-1.8, 0.05) }
}

extension Saddle {
    /// The catalog entry for `saddle`.
    static let catalogEntry = CatalogEntry<any Surface>(
        name: "saddle", aliases: ["saddle_point"],
        summary: "Saddle x^2 - y^2: rises along x, falls along y",
        parameters: []
    ) { _ in Saddle() }
}
