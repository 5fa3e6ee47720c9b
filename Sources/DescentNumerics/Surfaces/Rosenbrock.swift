/// Rosenbrock's banana valley `f = (a - x)^2 + b (y - x^2)^2`, minimum 0 at `(a, a^2)`.
///
/// Rosenbrock (1960), "An automatic method for finding the greatest or least value of a function".
/// The curved, flat-bottomed valley makes finding it easy and following it to the minimum hard.
public struct Rosenbrock: Surface {
    /// `a`, the minimum's x (default 1).
    public let a: Double
    /// `b`, the steepness of the valley walls (default 100).
    public let b: Double

    /// Creates the Rosenbrock function with parameters `a` and `b`.
    public init(a: Double = 1, b: Double = 100) {
        self.a = a
        self.b = b
    }

    public func value(at p: Vec2) -> Double {
        let u = a - p.x, w = p.y - p.x * p.x
        return u * u + b * w * w
    }

    /// `(-2(a - x) - 4 b x (y - x^2), 2 b (y - x^2))`.
    public func gradient(at p: Vec2) -> Vec2 {
        let w = p.y - p.x * p.x
        return Vec2(-2 * (a - p.x) - 4 * b * p.x * w, 2 * b * w)
    }

    /// `[[2 - 4 b y + 12 b x^2, -4 b x], [-4 b x, 2 b]]`.
    public func hessian(at p: Vec2) -> Matrix2 {
        Matrix2(symmetric: 2 - 4 * b * p.y + 12 * b * p.x * p.x, -4 * b * p.x, 2 * b)
    }

    public var criticalPoints: [CriticalPoint] {
        [CriticalPoint(point: Vec2(a, a * a), kind: .minimum, value: 0, isGlobal: true)]
    }

    /// `[a - 3, a + 1] x [a^2 - 2, a^2 + 2]`, `[-2, 2] x [-1, 3]` for `a = 1`.
    public var defaultDomain: Domain { Domain(x: (a - 3)...(a + 1), y: (a * a - 2)...(a * a + 2)) }

    /// `(a - 2.2, a^2)`, the classic start `(-1.2, 1)` for `a = 1`.
    public var defaultStart: Vec2 { Vec2(a - 2.2, a * a) }
}

extension Rosenbrock {
    /// The catalog entry for `rosenbrock`.
    static let catalogEntry = CatalogEntry<any Surface>(
        name: "rosenbrock", aliases: ["banana"],
        summary: "Rosenbrock's banana valley (a - x)^2 + b(y - x^2)^2, minimum at (a, a^2)",
        parameters: [
            ParameterSpec("a", .number, range: -10...10, default: .number(1), summary: "x of the minimum"),
            ParameterSpec("b", .number, range: 1e-6...1e6, default: .number(100), summary: "Steepness of the valley walls"),
        ]
    ) { r throws(ParameterError) in
        Rosenbrock(a: try r.number("a", default: 1), b: try r.number("b", default: 100))
    }
}
