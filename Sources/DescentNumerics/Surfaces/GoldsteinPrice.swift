/// The Goldstein-Price function (Goldstein & Price 1971, "On descent from local minima"):
///
///     f = [1 + (x + y + 1)^2 (19 - 14x + 3x^2 - 14y + 6xy + 3y^2)]
///       * [30 + (2x - 3y)^2 (18 - 32x + 12x^2 + 48y - 36xy + 27y^2)]
///
/// Global minimum 3 at `(0, -1)`, three local minima, four saddles and a maximum, all at rational
/// points. Values span six orders of magnitude over `[-2, 2]^2`, so figures want log-scaled
/// contours. The gradient and Hessian come from evaluating the same polynomial in `Jet2`
/// (second-order automatic differentiation), exact up to rounding.
public struct GoldsteinPrice: Surface {
    /// Creates the Goldstein-Price function.
    public init() {}

    /// The polynomial in any `FormulaScalar` (`Double` or `Jet2`).
    private static func evaluate<T: FormulaScalar>(_ x: T, _ y: T) -> T {
        func c(_ v: Double) -> T { T(constant: v) }
        let s = x + y + c(1)
        let q = c(19) - c(14) * x + c(3) * x * x - c(14) * y + c(6) * x * y + c(3) * y * y
        let d = c(2) * x - c(3) * y
        let r = c(18) - c(32) * x + c(12) * x * x + c(48) * y - c(36) * x * y + c(27) * y * y
        return (c(1) + s * s * q) * (c(30) + d * d * r)
    }

    public func value(at p: Vec2) -> Double { Self.evaluate(p.x, p.y) }
    public func gradient(at p: Vec2) -> Vec2 { Self.evaluate(Jet2.x(p.x), Jet2.y(p.y)).gradient }
    public func hessian(at p: Vec2) -> Matrix2 { Self.evaluate(Jet2.x(p.x), Jet2.y(p.y)).hessian }

    public var criticalPoints: [CriticalPoint] { Self.knownCriticalPoints }

    /// The minima at `(0, -1)`, `(-0.6, -0.4)`, `(1.8, 0.2)`, `(1.2, 0.8)` with values 3, 30, 84, 840
    /// (as tabulated e.g. in the Virtual Library of Simulation Experiments); the saddles and the
    /// maximum were located by a Newton search from a grid, which converged to these exact
    /// rational points (values 35, 99, 980, 990 and 1155).
    private static let knownCriticalPoints: [CriticalPoint] = CriticalPointSearch.markingGlobal([
        CriticalPoint(point: Vec2(0, -1), kind: .minimum, value: 3),
        CriticalPoint(point: Vec2(-0.6, -0.4), kind: .minimum, value: 30),
        CriticalPoint(point: Vec2(1.8, 0.2), kind: .minimum, value: 84),
        CriticalPoint(point: Vec2(1.2, 0.8), kind: .minimum, value: 840),
        CriticalPoint(point: Vec2(-0.4, -0.6), kind: .saddle, value: 35),
        CriticalPoint(point: Vec2(1.2, -0.2), kind: .saddle, value: 99),
        CriticalPoint(point: Vec2(1.4, 0.6), kind: .saddle, value: 980),
        CriticalPoint(point: Vec2(0.6, 0.4), kind: .saddle, value: 990),
        CriticalPoint(point: Vec2(0.8, 0.2), kind: .maximum, value: 1155),
    ])

    public var defaultDomain: Domain { Domain(x: -2...2, y: -2...2) }
    public var defaultStart: Vec2 { Vec2(-1.5, 1.5) }
}

extension GoldsteinPrice {
    /// The catalog entry for `goldstein_price`.
    static let catalogEntry = CatalogEntry<any Surface>(
        name: "goldstein_price",
        summary: "Goldstein-Price: minimum 3 at (0, -1), three local minima, values over six decades",
        parameters: []
    ) { _ in GoldsteinPrice() }
}
