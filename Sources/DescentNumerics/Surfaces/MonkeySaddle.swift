/// The monkey saddle `f = x^3 - 3 x y^2`: a degenerate saddle at the origin (zero Hessian) with
/// three descending valleys, one for each leg and one for the tail.
public struct MonkeySaddle: Surface {
    /// Creates the monkey saddle.
    public init() {}

    public func value(at p: Vec2) -> Double { p.x * p.x * p.x - 3 * p.x * p.y * p.y }

    /// `(3x^2 - 3y^2, -6xy)`.
    public func gradient(at p: Vec2) -> Vec2 { Vec2(3 * p.x * p.x - 3 * p.y * p.y, -6 * p.x * p.y) }

    /// `[[6x, -6y], [-6y, -6x]]`.
    public func hessian(at p: Vec2) -> Matrix2 { Matrix2(symmetric: 6 * p.x, -6 * p.y, -6 * p.x) }

    public var criticalPoints: [CriticalPoint] { [CriticalPoint(point: .zero, kind: .saddle, value: 0)] }
    public var defaultDomain: Domain { Domain(x: -1.5...1.5, y: -1.5...1.5) }
    public var defaultStart: Vec2 { Vec2(1.2, 0.05) }
}

extension MonkeySaddle {
    /// The catalog entry for `monkey_saddle`.
    static let catalogEntry = CatalogEntry<any Surface>(
        name: "monkey_saddle",
        summary: "Monkey saddle x^3 - 3xy^2: a flat, degenerate saddle with three valleys",
        parameters: []
    ) { _ in MonkeySaddle() }
}
