import Foundation

/// An ill-conditioned quadratic valley: `f = (u^2 + kappa v^2) / 2` in coordinates rotated by
/// `angle`, `u = cos(a) x + sin(a) y`, `v = -sin(a) x + cos(a) y`.
///
/// The Hessian `R^T diag(1, kappa) R` has eigenvalues 1 (along the valley) and `kappa` (across it),
/// so `condition = kappa`. SGD is stable only for `lr < 2 / kappa` and then crawls along the
/// valley at rate `1 - lr`, zig-zagging across it: the picture for "why plain SGD struggles".
public struct Ravine: Surface {
    /// The condition number `kappa`, the curvature across the valley over the curvature along it.
    public let condition: Double
    /// The valley's direction, in degrees counter-clockwise from the x axis.
    public let angle: Double
    private let cosine: Double
    private let sine: Double

    /// Creates a ravine with condition number `condition` (default 20), turned by `angle` degrees.
    public init(condition: Double = 20, angle: Double = 0) {
        self.condition = condition
        self.angle = angle
        let radians = angle * .pi / 180
        cosine = cos(radians)
        sine = sin(radians)
    }

    private func rotated(_ p: Vec2) -> Vec2 { Vec2(cosine * p.x + sine * p.y, -sine * p.x + cosine * p.y) }

    public func value(at p: Vec2) -> Double {
        let q = rotated(p)
        return 0.5 * (q.x * q.x + condition * q.y * q.y)
    }

    /// `grad f = R^T (u, kappa v)`.
    public func gradient(at p: Vec2) -> Vec2 {
        let q = rotated(p)
        let gu = q.x, gv = condition * q.y
        return Vec2(cosine * gu - sine * gv, sine * gu + cosine * gv)
    }

    /// `H = R^T diag(1, kappa) R = [[c^2 + k s^2, c s (1 - k)], [c s (1 - k), s^2 + k c^2]]`.
    public func hessian(at p: Vec2) -> Matrix2 {
        let c = cosine, s = sine, k = condition
        return Matrix2(symmetric: c * c + k * s * s, c * s * (1 - k), s * s + k * c * c)
    }

    public var criticalPoints: [CriticalPoint] {
        [CriticalPoint(point: .zero, kind: .minimum, value: 0, isGlobal: true)]
    }

    /// `[-2, 2] x [-1, 1]` for the unrotated valley, `[-2, 2]^2` when it is turned.
    public var defaultDomain: Domain {
        angle == 0 ? Domain(x: -2...2, y: -1...1) : Domain(x: -2...2, y: -2...2)
    }

    /// `(u, v) = (-1.8, 0.5)`: far along the valley and off its floor.
    public var defaultStart: Vec2 {
        let u = -1.8, v = 0.5
        return Vec2(cosine * u - sine * v, sine * u + cosine * v)
    }
}

extension Ravine {
    /// The catalog entry for `ravine`.
    static let catalogEntry = CatalogEntry<any Surface>(
        name: "ravine", aliases: ["valley", "ill_conditioned"],
        summary: "Narrow quadratic valley (u^2 + condition*v^2)/2, optionally turned by angle",
        parameters: [
            ParameterSpec("condition", .number, range: 1...1e6, default: .number(20), summary: "Curvature across the valley over curvature along it"),
            ParameterSpec("angle", .number, range: -360...360, default: .number(0), summary: "Direction of the valley in degrees"),
        ]
    ) { r throws(ParameterError) in
        Ravine(condition: try r.number("condition", default: 20), angle: try r.number("angle", default: 0))
    }
}
