/// The three-hump camel `f = 2x^2 - 1.05x^4 + x^6/6 + x y + y^2`: global minimum 0 at the origin,
/// two local minima and two saddles (Jamil & Yang 2013, no. 29).
///
/// All critical points are closed-form: `grad f = 0` forces `y = -x/2` and
/// `x (x^4 - 4.2 x^2 + 3.5) = 0`, so `x^2 = (4.2 +- sqrt(3.64)) / 2`.
public struct ThreeHumpCamel: Surface {
    /// Creates the three-hump camel.
    public init() {}

    public func value(at p: Vec2) -> Double {
        let x2 = p.x * p.x
        return 2 * x2 - 1.05 * x2 * x2 + x2 * x2 * x2 / 6 + p.x * p.y + p.y * p.y
    }

    /// `(4x - 4.2x^3 + x^5 + y, x + 2y)`.
    public func gradient(at p: Vec2) -> Vec2 {
        let x2 = p.x * p.x
        return Vec2(4 * p.x - 4.2 * x2 * p.x + x2 * x2 * p.x + p.y, p.x + 2 * p.y)
    }

    /// `[[4 - 12.6x^2 + 5x^4, 1], [1, 2]]`.
    public func hessian(at p: Vec2) -> Matrix2 {
        let x2 = p.x * p.x
        return Matrix2(symmetric: 4 - 12.6 * x2 + 5 * x2 * x2, 1, 2)
    }

    public var criticalPoints: [CriticalPoint] { Self.knownCriticalPoints }

    private static let knownCriticalPoints: [CriticalPoint] = {
        let root = 3.64.squareRoot()
        let outer = ((4.2 + root) / 2).squareRoot(), inner = ((4.2 - root) / 2).squareRoot()
        let surface = ThreeHumpCamel()
        let points = [Vec2.zero, Vec2(outer, -outer / 2), Vec2(-outer, outer / 2), Vec2(inner, -inner / 2), Vec2(-inner, inner / 2)]
        return CriticalPointSearch.markingGlobal(points.map {
            CriticalPoint(point: $0, kind: CriticalPointSearch.classify(surface, at: $0), value: surface.value(at: $0))
        })
    }()

    public var defaultDomain: Domain { Domain(x: -2...2, y: -2...2) }
    public var defaultStart: Vec2 { Vec2(1.9, -1.5) }
}

extension ThreeHumpCamel {
    /// The catalog entry for `three_hump_camel`.
    static let catalogEntry = CatalogEntry<any Surface>(
        name: "three_hump_camel", aliases: ["camel3"],
        summary: "Three-hump camel: global minimum at the origin, two local minima",
        parameters: []
    ) { _ in ThreeHumpCamel() }
}
