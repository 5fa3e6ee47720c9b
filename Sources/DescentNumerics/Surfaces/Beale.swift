/// Beale's function `f = (1.5 - x + x y)^2 + (2.25 - x + x y^2)^2 + (2.625 - x + x y^3)^2`,
/// minimum 0 at `(3, 0.5)` in a flat, curved basin with steep walls.
///
/// Beale (1958), "On an iterative method for finding a local minimum of a function of more than one
/// variable". Written as `f = sum_i t_i^2` with `t_i = c_i - x + x y^i`, `c = (1.5, 2.25, 2.625)`.
public struct Beale: Surface {
    private static let constants: [Double] = [1.5, 2.25, 2.625]

    /// Creates Beale's function.
    public init() {}

    public func value(at p: Vec2) -> Double {
        var sum = 0.0, power = 1.0
        for c in Self.constants {
            power *= p.y
            let t = c - p.x + p.x * power
            sum += t * t
        }
        return sum
    }

    /// `grad f = 2 sum_i t_i (y^i - 1, i x y^(i-1))`.
    public func gradient(at p: Vec2) -> Vec2 {
        var g = Vec2.zero, previous = 1.0
        for (index, c) in Self.constants.enumerated() {
            let i = Double(index + 1), power = previous * p.y
            let t = c - p.x + p.x * power
            g += 2 * t * Vec2(power - 1, i * p.x * previous)
            previous = power
        }
        return g
    }

    /// With `a_i = y^i - 1`, `b_i = i x y^(i-1)`:
    /// `f_xx = 2 sum a_i^2`, `f_xy = 2 sum (a_i b_i + t_i i y^(i-1))`,
    /// `f_yy = 2 sum (b_i^2 + t_i i (i-1) x y^(i-2))`.
    public func hessian(at p: Vec2) -> Matrix2 {
        var xx = 0.0, xy = 0.0, yy = 0.0
        var beforePrevious = 0.0, previous = 1.0  // y^(i-2) (0 for i = 1, whose term vanishes), y^(i-1)
        for (index, c) in Self.constants.enumerated() {
            let i = Double(index + 1), power = previous * p.y
            let t = c - p.x + p.x * power
            let a = power - 1, b = i * p.x * previous
            xx += 2 * a * a
            xy += 2 * (a * b + t * i * previous)
            yy += 2 * (b * b + t * i * (i - 1) * p.x * beforePrevious)
            beforePrevious = previous
            previous = power
        }
        return Matrix2(symmetric: xx, xy, yy)
    }

    public var criticalPoints: [CriticalPoint] { Self.knownCriticalPoints }

    /// The minimum `(3, 0.5)` (Beale 1958) and the saddle `(0, 1)` (value 14.203125, Hessian
    /// `[[0, 27.75], [27.75, 0]]`) are exact; the saddle near `(0.100538, -2.644514)` was located
    /// by a Newton search from a grid and is polished here.
    private static let knownCriticalPoints = CriticalPointSearch.markingGlobal([
        CriticalPoint(point: Vec2(3, 0.5), kind: .minimum, value: 0),
        CriticalPoint(point: Vec2(0, 1), kind: .saddle, value: 14.203125),
    ] + CriticalPointSearch.refine(Beale(), [Vec2(0.100538, -2.644514)]))

    public var defaultDomain: Domain { Domain(x: -4.5...4.5, y: -4.5...4.5) }
    public var defaultStart: Vec2 { Vec2(1, 1.5) }
}

extension Beale {
    /// The catalog entry for `beale`.
    static let catalogEntry = CatalogEntry<any Surface>(
        name: "beale",
        summary: "Beale's function: flat curved basin with steep walls, minimum 0 at (3, 0.5)",
        parameters: []
    ) { _ in Beale() }
}
