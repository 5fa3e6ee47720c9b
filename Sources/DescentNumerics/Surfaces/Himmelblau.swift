/// Himmelblau's function `f = (x^2 + y - 11)^2 + (x + y^2 - 7)^2`: four minima of value 0, one
/// maximum and four saddles.
///
/// Himmelblau (1972), "Applied Nonlinear Programming". Only the minimum `(3, 2)` is closed-form;
/// the other critical points are polished by Newton's method from 6-digit literature values.
public struct Himmelblau: Surface {
    /// Creates Himmelblau's function.
    public init() {}

    public func value(at p: Vec2) -> Double {
        let a = p.x * p.x + p.y - 11, b = p.x + p.y * p.y - 7
        return a * a + b * b
    }

    /// With `A = x^2 + y - 11`, `B = x + y^2 - 7`: `(4 x A + 2 B, 2 A + 4 y B)`.
    public func gradient(at p: Vec2) -> Vec2 {
        let a = p.x * p.x + p.y - 11, b = p.x + p.y * p.y - 7
        return Vec2(4 * p.x * a + 2 * b, 2 * a + 4 * p.y * b)
    }

    /// `[[12 x^2 + 4 y - 42, 4 (x + y)], [4 (x + y), 12 y^2 + 4 x - 26]]`.
    public func hessian(at p: Vec2) -> Matrix2 {
        Matrix2(symmetric: 12 * p.x * p.x + 4 * p.y - 42, 4 * (p.x + p.y), 12 * p.y * p.y + 4 * p.x - 26)
    }

    public var criticalPoints: [CriticalPoint] { Self.knownCriticalPoints }

    /// Minima and maximum as listed by Himmelblau (1972) and e.g. Wikipedia's "Himmelblau's
    /// function"; saddles located by a Newton search from a grid and rounded to 6 digits.
    private static let knownCriticalPoints = CriticalPointSearch.refine(Himmelblau(), [
        Vec2(3, 2), Vec2(-2.805118, 3.131312), Vec2(-3.779310, -3.283186), Vec2(3.584428, -1.848126),
        Vec2(-0.270845, -0.923039),
        Vec2(0.086677, 2.884255), Vec2(-3.073026, -0.081353), Vec2(3.385154, 0.073852), Vec2(-0.127961, -1.953715),
    ])

    public var defaultDomain: Domain { Domain(x: -5...5, y: -5...5) }
    public var defaultStart: Vec2 { Vec2(0, 0) }
}

extension Himmelblau {
    /// The catalog entry for `himmelblau`.
    static let catalogEntry = CatalogEntry<any Surface>(
        name: "himmelblau",
        summary: "Himmelblau's function: four minima of value 0, a maximum and four saddles",
        parameters: []
    ) { _ in Himmelblau() }
}
