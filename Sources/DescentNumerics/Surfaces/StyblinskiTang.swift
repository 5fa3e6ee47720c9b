import Foundation

/// The Styblinski-Tang function `f = sum_i (x_i^4 - 16 x_i^2 + 5 x_i) / 2` (Styblinski & Tang 1990):
/// global minimum `-78.33` at `(-2.9035, -2.9035)`, three local minima, four saddles, one maximum.
///
/// Each coordinate's critical points are the roots of `4t^3 - 32t + 5 = 0`, found in closed form by
/// the trigonometric formula for a cubic with three real roots,
/// `t_k = 2 sqrt(8/3) cos(acos(-(5/4)/2 (3/8)^(3/2)) / 3 - 2 pi k / 3)`, then polished by Newton.
public struct StyblinskiTang: Surface {
    /// Creates the Styblinski-Tang function.
    public init() {}

    private static func term(_ t: Double) -> Double { 0.5 * (t * t * t * t - 16 * t * t + 5 * t) }
    private static func slope(_ t: Double) -> Double { 0.5 * (4 * t * t * t - 32 * t + 5) }
    private static func curvature(_ t: Double) -> Double { 6 * t * t - 16 }

    public func value(at p: Vec2) -> Double { Self.term(p.x) + Self.term(p.y) }

    /// `((4x^3 - 32x + 5)/2, (4y^3 - 32y + 5)/2)`.
    public func gradient(at p: Vec2) -> Vec2 { Vec2(Self.slope(p.x), Self.slope(p.y)) }

    /// `diag(6x^2 - 16, 6y^2 - 16)`.
    public func hessian(at p: Vec2) -> Matrix2 { Matrix2(symmetric: Self.curvature(p.x), 0, Self.curvature(p.y)) }

    public var criticalPoints: [CriticalPoint] { Self.knownCriticalPoints }

    /// The three roots of `t^3 - 8t + 5/4 = 0` (depressed cubic `t^3 + p t + q`, `p = -8`, `q = 5/4`).
    static let roots: [Double] = (0..<3).map { k in
        let p = -8.0, q = 1.25
        let amplitude = 2 * (-p / 3).squareRoot()
        let angle = acos(3 * q / (2 * p) * (-3 / p).squareRoot()) / 3
        var t = amplitude * cos(angle - 2 * .pi * Double(k) / 3)
        for _ in 0..<3 { t -= slope(t) / (6 * t * t - 16) }
        return t
    }

    private static let knownCriticalPoints = CriticalPointSearch.separable(
        roots: roots, curvature: curvature, value: { term($0.x) + term($0.y) }
    )

    public var defaultDomain: Domain { Domain(x: -5...5, y: -5...5) }
    public var defaultStart: Vec2 { Vec2(4.5, 4.0) }
}

extension StyblinskiTang {
    /// The catalog entry for `styblinski_tang`.
    static let catalogEntry = CatalogEntry<any Surface>(
        name: "styblinski_tang",
        summary: "Styblinski-Tang: four minima of different depth, global -78.33 at (-2.90, -2.90)",
        parameters: []
    ) { _ in StyblinskiTang() }
}
