import Foundation

/// Ackley's function (Ackley 1987, "A connectionist machine for genetic hillclimbing"):
///
///     f = -20 exp(-0.2 sqrt((x^2 + y^2) / 2)) - exp((cos 2 pi x + cos 2 pi y) / 2) + 20 + e
///
/// A cone with a sharp tip at the global minimum 0 at the origin, covered in ripples that make
/// a local minimum near every integer point.
///
/// At the origin the cone is not differentiable: the gradient returned there is the subgradient
/// 0 and the cone's Hessian (unbounded as `r -> 0`) is left out, leaving the ripples' `2 pi^2 e I`.
public struct Ackley: Surface {
    private static let a = 20.0, b = 0.2
    /// Creates Ackley's function.
    public init() {}

    public func value(at p: Vec2) -> Double {
        let rho = (0.5 * (p.x * p.x + p.y * p.y)).squareRoot()
        return -Self.a * exp(-Self.b * rho) - ripple(p) + Self.a + M_E
    }

    /// `E = exp((cos 2 pi x + cos 2 pi y) / 2)`.
    private func ripple(_ p: Vec2) -> Double { exp(0.5 * (cos(2 * .pi * p.x) + cos(2 * .pi * p.y))) }

    /// With `rho = sqrt((x^2 + y^2)/2)` and `K = a b exp(-b rho) / (2 rho)`:
    /// `grad f = K (x, y) + pi E (sin 2 pi x, sin 2 pi y)`.
    public func gradient(at p: Vec2) -> Vec2 {
        let rho = (0.5 * (p.x * p.x + p.y * p.y)).squareRoot()
        let cone = rho > 0 ? Self.a * Self.b * exp(-Self.b * rho) / (2 * rho) * p : .zero
        return cone + .pi * ripple(p) * Vec2(sin(2 * .pi * p.x), sin(2 * .pi * p.y))
    }

    /// Cone: `K I + K' / (2 rho) (x, y)(x, y)^T` with `K' = -a b exp(-b rho) (b rho + 1) / (2 rho^2)`.
    /// Ripples: `f_xx = pi^2 E (2 cos 2 pi x - sin^2 2 pi x)`, `f_xy = -pi^2 E sin 2 pi x sin 2 pi y`.
    public func hessian(at p: Vec2) -> Matrix2 {
        let e = ripple(p), sx = sin(2 * .pi * p.x), sy = sin(2 * .pi * p.y)
        let pi2 = Double.pi * Double.pi
        var h = Matrix2(
            symmetric: pi2 * e * (2 * cos(2 * .pi * p.x) - sx * sx), -pi2 * e * sx * sy, pi2 * e * (2 * cos(2 * .pi * p.y) - sy * sy)
        )
        let rho = (0.5 * (p.x * p.x + p.y * p.y)).squareRoot()
        if rho > 0 {
            let decay = Self.a * Self.b * exp(-Self.b * rho)
            let k = decay / (2 * rho)
            let kPrime = -decay * (Self.b * rho + 1) / (2 * rho * rho)
            let c = kPrime / (2 * rho)
            h = h + Matrix2(symmetric: k + c * p.x * p.x, c * p.x * p.y, k + c * p.y * p.y)
        }
        return h
    }

    public var criticalPoints: [CriticalPoint] { Self.knownCriticalPoints }

    /// The global minimum (exact) and the other critical points found by Newton's method from
    /// every half-integer point of the default domain.
    private static let knownCriticalPoints: [CriticalPoint] = {
        let surface = Ackley()
        let domain = surface.defaultDomain
        var seeds: [Vec2] = []
        for i in -6...6 {
            for j in -6...6 where i != 0 || j != 0 { seeds.append(Vec2(Double(i) / 2, Double(j) / 2)) }
        }
        let found = CriticalPointSearch.find(surface, seeds: seeds, within: domain).filter { $0.point.length > 1e-6 }
        return CriticalPointSearch.markingGlobal([CriticalPoint(point: .zero, kind: .minimum, value: 0)] + found)
    }()

    public var defaultDomain: Domain { Domain(x: -3...3, y: -3...3) }
    public var defaultStart: Vec2 { Vec2(2.3, 1.6) }
}

extension Ackley {
    /// The catalog entry for `ackley`.
    static let catalogEntry = CatalogEntry<any Surface>(
        name: "ackley",
        summary: "Ackley's rippled cone: global minimum 0 at the origin, local minima near integer points",
        parameters: []
    ) { _ in Ackley() }
}
