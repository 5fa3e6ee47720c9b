/// The six-hump camel `f = (4 - 2.1x^2 + x^4/3) x^2 + x y + (-4 + 4y^2) y^2`: two global minima
/// `-1.0316` at `+-(0.0898, -0.7126)`, four local minima, saddles and two maxima
/// (Dixon & Szegő 1978; Molga & Smutnicki 2005).
public struct SixHumpCamel: Surface {
    /// Creates the six-hump camel.
    public init() {}

    public func value(at p: Vec2) -> Double {
        let x2 = p.x * p.x, y2 = p.y * p.y
        return (4 - 2.1 * x2 + x2 * x2 / 3) * x2 + p.x * p.y + (-4 + 4 * y2) * y2
    }

    /// `(8x - 8.4x^3 + 2x^5 + y, x - 8y + 16y^3)`.
    public func gradient(at p: Vec2) -> Vec2 {
        let x2 = p.x * p.x, y2 = p.y * p.y
        return Vec2(8 * p.x - 8.4 * x2 * p.x + 2 * x2 * x2 * p.x + p.y, p.x - 8 * p.y + 16 * y2 * p.y)
    }

    /// `[[8 - 25.2x^2 + 10x^4, 1], [1, -8 + 48y^2]]`.
    public func hessian(at p: Vec2) -> Matrix2 {
        let x2 = p.x * p.x
        return Matrix2(symmetric: 8 - 25.2 * x2 + 10 * x2 * x2, 1, -8 + 48 * p.y * p.y)
    }

    public var criticalPoints: [CriticalPoint] { Self.knownCriticalPoints }

    /// The global minima as published (Molga & Smutnicki 2005); the other thirteen critical points
    /// located by a Newton search from a grid, given to 6 digits and polished here.
    private static let knownCriticalPoints: [CriticalPoint] = {
        let half = [
            Vec2(0.089842, -0.712656), Vec2(1.703607, -0.796084), Vec2(1.109205, -0.768268), Vec2(1.607105, 0.568651),
            Vec2(1.638068, 0.228674), Vec2(1.296070, 0.605084), Vec2(1.230230, 0.162335),
        ]
        return CriticalPointSearch.refine(SixHumpCamel(), [.zero] + half + half.map { -$0 })
    }()

    public var defaultDomain: Domain { Domain(x: -2...2, y: -1.2...1.2) }
    public var defaultStart: Vec2 { Vec2(-1.8, -1.0) }
}

extension SixHumpCamel {
    /// The catalog entry for `six_hump_camel`.
    static let catalogEntry = CatalogEntry<any Surface>(
        name: "six_hump_camel", aliases: ["camel6"],
        summary: "Six-hump camel: two global minima, four local minima, saddles and maxima",
        parameters: []
    ) { _ in SixHumpCamel() }
}
