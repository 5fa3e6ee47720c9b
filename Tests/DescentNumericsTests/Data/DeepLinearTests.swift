import Foundation
import Testing
@testable import DescentNumerics

/// The two-layer linear network `y ≈ w2·w1·x` with PyTorch's `MSELoss` (mean reduction), worked by
/// hand on x = (1, 2), y = (1, 3): Sxx = 5, Sxy = 7, Syy = 10, n = 2.
@Suite("Deep linear network surface")
struct DeepLinearTests {
    let surface = DeepLinear(data: Dataset(inputs: [1, 2], targets: [1, 3]))

    /// At (w1, w2) = (1, 0.5): p = 0.5, residuals p·x - y = (-0.5, -2), L = (0.25 + 4)/2 = 2.125;
    /// dL/dp = (2/2)(-0.5·1 - 2·2) = -4.5, so grad = -4.5·(w2, w1) = (-2.25, -4.5);
    /// H = (2/2)[[5·0.25, 2·5·0.5 - 7], [., 5·1]] = [[1.25, -2], [-2, 5]].
    @Test func lossGradientAndHessianByHand() {
        let p = Vec2(1, 0.5)
        #expect(abs(surface.value(at: p) - 2.125) < 1e-15)
        #expect((surface.gradient(at: p) - Vec2(-2.25, -4.5)).length < 1e-15)
        let h = surface.hessian(at: p)
        #expect(abs(h.xx - 1.25) < 1e-15 && abs(h.xy + 2) < 1e-15 && abs(h.yx + 2) < 1e-15 && abs(h.yy - 5) < 1e-15)
        // Mini-batch {1}: (2/1)·(0.5·2 - 3)·2·(w2, w1) = -8·(0.5, 1) = (-4, -8).
        #expect((surface.gradient(at: p, samples: [1][...]) - Vec2(-4, -8)).length < 1e-15)
        // The full batch through the mini-batch path agrees with the closed form.
        #expect((surface.gradient(at: p, samples: [0, 1][...]) - surface.gradient(at: p)).length < 1e-14)
    }

    /// c = Sxy/Sxx = 1.4. Every point with w1·w2 = 1.4 is a minimum with loss
    /// (Syy - Sxy²/Sxx)/n = (10 - 9.8)/2 = 0.1 (residuals 0.4, -0.2 there).
    @Test func aCurveOfMinima() {
        for w1 in [0.5, 1, 2, -0.7, -3] {
            let p = Vec2(w1, 1.4 / w1)
            #expect(abs(surface.value(at: p) - 0.1) < 1e-13)
            #expect(surface.gradient(at: p).length < 1e-13)
        }
        let minima = surface.minima
        #expect(minima.count == 2 && minima.allSatisfy(\.isGlobal))
        let s = 1.4.squareRoot()
        #expect(minima.contains { ($0.point - Vec2(s, s)).length < 1e-14 })
        #expect(minima.contains { ($0.point - Vec2(-s, -s)).length < 1e-14 })
        #expect(minima.allSatisfy { abs($0.value - 0.1) < 1e-14 })
    }

    /// The origin: L = Syy/n = 5, zero gradient, H = [[0, -7], [-7, 0]] with eigenvalues ±7:
    /// a saddle that falls along w1 = w2 and rises along w1 = -w2.
    @Test func aSaddleAtTheOrigin() throws {
        let saddle = try #require(surface.criticalPoints.first { $0.kind == .saddle })
        #expect(saddle.point == .zero && abs(saddle.value - 5) < 1e-15)
        #expect(surface.gradient(at: .zero).length == 0)
        let h = surface.hessian(at: .zero)
        #expect(h.xx == 0 && h.yy == 0 && abs(h.xy + 7) < 1e-15)
        #expect(surface.value(at: Vec2(0.1, 0.1)) < 5 && surface.value(at: Vec2(0.1, -0.1)) > 5)
        // On w1 = -w2 the gradient points along the line, away from the origin, so descent goes
        // straight into the saddle: at (1, -1), p = -1, dL/dp = 5·(-1) - 7 = -12, grad = (12, -12).
        #expect((surface.gradient(at: Vec2(1, -1)) - Vec2(12, -12)).length < 1e-14)
    }

    /// A target with a negative slope puts the minima in the other two quadrants.
    @Test func negativeSlope() {
        let flipped = DeepLinear(data: Dataset(inputs: [1, 2], targets: [-1, -3]))
        let s = 1.4.squareRoot()
        #expect(flipped.minima.contains { ($0.point - Vec2(s, -s)).length < 1e-14 })
        #expect(flipped.minima.contains { ($0.point - Vec2(-s, s)).length < 1e-14 })
    }

    /// The catalog entry builds the seeded data set; the product of the balanced minimum is the
    /// least-squares slope through the origin, close to the generating slope 2 for small noise.
    @Test func catalogEntryIsSeeded() throws {
        let a = try Surfaces.catalog.build("deep_linear")
        let b = try Surfaces.catalog.build("deep_linear")
        let p = Vec2(0.3, -0.7)
        #expect(a.value(at: p) == b.value(at: p))
        let minimum = try #require(a.minima.first)
        #expect(abs(minimum.point.x * minimum.point.y - 2) < 0.05)
        #expect(a is DeepLinear)
    }
}
