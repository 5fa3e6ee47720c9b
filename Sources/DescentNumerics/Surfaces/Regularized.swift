/// A surface with L1 and L2 penalties added: `f(p) + l1 |p|_1 + l2 |p|_2^2`.
///
/// - Gradient: `grad f + l1 sign(p) + 2 l2 p`, with L1's subgradient 0 at a coordinate that is 0.
/// - Hessian: `H_f + 2 l2 I` (L1 adds no curvature away from the axes).
///
/// L2 shrinks every minimum toward the origin; L1 moves minima onto the axes (sparsity), where the
/// penalised function has a kink, so its minima are found by `RegularizedCriticalPoints` rather
/// than by plain Newton iteration.
public struct Regularized<Base: Surface>: Surface {
    /// The surface being penalised.
    public let base: Base
    /// The L1 strength `l1`.
    public let l1: Double
    /// The L2 strength `l2`.
    public let l2: Double
    public let criticalPoints: [CriticalPoint]

    /// Adds `l1 |p|_1 + l2 |p|_2^2` to `base` and recomputes its critical points.
    public init(_ base: Base, l1: Double = 0, l2: Double = 0) {
        self.base = base
        self.l1 = l1
        self.l2 = l2
        criticalPoints = RegularizedCriticalPoints.find(base: base, l1: l1, l2: l2)
    }

    /// The penalty `l1 (|x| + |y|) + l2 (x^2 + y^2)`.
    public func penalty(at p: Vec2) -> Double { l1 * (abs(p.x) + abs(p.y)) + l2 * (p.x * p.x + p.y * p.y) }

    /// The penalty's (sub)gradient `l1 sign(p) + 2 l2 p`, with `sign(0) = 0`.
    public func penaltyGradient(at p: Vec2) -> Vec2 { l1 * Vec2(Self.sign(p.x), Self.sign(p.y)) + 2 * l2 * p }

    public func value(at p: Vec2) -> Double { base.value(at: p) + penalty(at: p) }
    public func gradient(at p: Vec2) -> Vec2 { base.gradient(at: p) + penaltyGradient(at: p) }
    public func hessian(at p: Vec2) -> Matrix2 { base.hessian(at: p) + Matrix2(symmetric: 2 * l2, 0, 2 * l2) }
    public var defaultDomain: Domain { base.defaultDomain }
    public var defaultStart: Vec2 { base.defaultStart }

    /// `sign(t)`, 0 at 0.
    static func sign(_ t: Double) -> Double { t > 0 ? 1 : (t < 0 ? -1 : 0) }
}

extension Surface {
    /// This surface with `l1 |p|_1 + l2 |p|_2^2` added.
    public func regularized(l1: Double = 0, l2: Double = 0) -> Regularized<Self> {
        Regularized(self, l1: l1, l2: l2)
    }
}

/// A surface with L1/L2 penalties added, seen without its base type (for code that recomputes
/// `f = base + l1 (|x| + |y|) + l2 (x^2 + y^2)` elsewhere).
public protocol PenalizedSurface: Surface {
    /// The surface without the penalties.
    var unpenalized: any Surface { get }
    /// The L1 strength.
    var l1: Double { get }
    /// The L2 strength.
    var l2: Double { get }
}

extension Regularized: PenalizedSurface {
    public var unpenalized: any Surface { base }
}
