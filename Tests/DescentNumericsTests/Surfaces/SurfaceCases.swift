import Foundation
import Testing
@testable import DescentNumerics

/// A named surface with points where its derivatives are checked (kinks such as Ackley's tip and
/// L1's axes avoided).
struct SurfaceCase: CustomTestStringConvertible, Sendable {
    let name: String
    let surface: any Surface
    let points: [Vec2]
    /// The L1 strength, whose kinks on the axes the derivative checks avoid.
    var l1 = 0.0

    var testDescription: String { name }

    /// Points spread over the default domain, away from its centre lines.
    static func spread(_ d: Domain) -> [Vec2] {
        [(0.13, 0.71), (0.37, 0.29), (0.62, 0.84), (0.88, 0.17), (0.55, 0.45)].map {
            Vec2(d.x.lowerBound + $0.0 * d.width, d.y.lowerBound + $0.1 * d.height)
        }
    }

    static func make(_ name: String, _ surface: any Surface, l1: Double = 0) -> SurfaceCase {
        let points = (spread(surface.defaultDomain) + [surface.defaultStart]).filter { l1 == 0 || ($0.x != 0 && $0.y != 0) }
        return SurfaceCase(name: name, surface: surface, points: points, l1: l1)
    }

    static let all: [SurfaceCase] = [
        make("bowl", Bowl()),
        make("ravine", Ravine()),
        make("ravine turned", Ravine(condition: 50, angle: 30)),
        make("rosenbrock", Rosenbrock()),
        make("rosenbrock a=2 b=10", Rosenbrock(a: 2, b: 10)),
        make("himmelblau", Himmelblau()),
        make("beale", Beale()),
        make("booth", Booth()),
        make("matyas", Matyas()),
        make("three_hump_camel", ThreeHumpCamel()),
        make("six_hump_camel", SixHumpCamel()),
        make("goldstein_price", GoldsteinPrice()),
        make("rastrigin", Rastrigin()),
        make("ackley", Ackley()),
        make("styblinski_tang", StyblinskiTang()),
        make("saddle", Saddle()),
        make("monkey_saddle", MonkeySaddle()),
        make("plateau", Plateau()),
        make("plateau width 2", Plateau(width: 2)),
        make("multiwell", Multiwell()),
        make("least_squares", LeastSquares()),
        make("logistic_regression", LogisticRegression()),
        make("deep_linear", DeepLinear()),
        make("rosenbrock + l2", Rosenbrock().regularized(l2: 0.5)),
        make("himmelblau + l1 + l2", Himmelblau().regularized(l1: 2, l2: 0.1), l1: 2),
    ]
}

/// Central differences, `(f(p + h e_i) - f(p - h e_i)) / 2h`, independent of any surface's code.
enum Differences {
    static func step(_ p: Vec2) -> Double { 1e-5 * max(1, p.length) }

    static func gradient(_ f: (Vec2) -> Double, at p: Vec2) -> Vec2 {
        let h = step(p)
        return Vec2(
            (f(p + Vec2(h, 0)) - f(p - Vec2(h, 0))) / (2 * h),
            (f(p + Vec2(0, h)) - f(p - Vec2(0, h))) / (2 * h)
        )
    }

    /// The Hessian from central differences of the (analytic) gradient.
    static func hessian(_ g: (Vec2) -> Vec2, at p: Vec2) -> Matrix2 {
        let h = step(p)
        let dx = (g(p + Vec2(h, 0)) - g(p - Vec2(h, 0))) / (2 * h)
        let dy = (g(p + Vec2(0, h)) - g(p - Vec2(0, h))) / (2 * h)
        return Matrix2(xx: dx.x, xy: dy.x, yx: dx.y, yy: dy.y)
    }
}

/// `|a - b| <= tolerance * max(1, scale)`.
func close(_ a: Double, _ b: Double, relative tolerance: Double, scale: Double = 1) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(scale))
}

func close(_ a: Vec2, _ b: Vec2, relative tolerance: Double, scale: Double = 1) -> Bool {
    close(a.x, b.x, relative: tolerance, scale: scale) && close(a.y, b.y, relative: tolerance, scale: scale)
}

func close(_ a: Matrix2, _ b: Matrix2, relative tolerance: Double, scale: Double = 1) -> Bool {
    [a.xx - b.xx, a.xy - b.xy, a.yx - b.yx, a.yy - b.yy].allSatisfy { abs($0) <= tolerance * max(1, abs(scale)) }
}
