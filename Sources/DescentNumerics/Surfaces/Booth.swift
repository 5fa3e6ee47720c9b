/// Booth's function `f = (x + 2y - 7)^2 + (2x + y - 5)^2`, a tilted quadratic with minimum 0 at
/// `(1, 3)` (e.g. Jamil & Yang 2013, "A literature survey of benchmark functions", no. 24).
///
/// The Hessian `[[10, 8], [8, 10]]` has eigenvalues 2 and 18 (condition number 9).
public struct Booth: Surface {
    /// Creates Booth's function.
    public init() {}

    public func value(at p: Vec2) -> Double {
        let a = p.x + 2 * p.y - 7, b = 2 * p.x + p.y - 5
        return a * a + b * b
    }

    /// `(10 x + 8 y - 34, 8 x + 10 y - 38)`.
    public func gradient(at p: Vec2) -> Vec2 { Vec2(10 * p.x + 8 * p.y - 34, 8 * p.x + 10 * p.y - 38) }

    /// `[[10, 8], [8, 10]]`.
    public func hessian(at p: Vec2) -> Matrix2 { Matrix2(symmetric: 10, 8, 10) }

    public var criticalPoints: [CriticalPoint] {
        [CriticalPoint(point: Vec2(1, 3), kind: .minimum, value: 0, isGlobal: true)]
    }

    public var defaultDomain: Domain { Domain(x: -10...10, y: -10...10) }
    public var defaultStart: Vec2 { Vec2(-7, -8) }
}

extension Booth {
    /// The catalog entry for `booth`.
    static let catalogEntry = CatalogEntry<any Surface>(
        name: "booth",
        summary: "Booth's tilted quadratic (x + 2y - 7)^2 + (2x + y - 5)^2, minimum 0 at (1, 3)",
        parameters: []
    ) { _ in Booth() }
}
