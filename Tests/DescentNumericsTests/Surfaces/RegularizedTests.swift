import Testing
@testable import DescentNumerics

/// `(x - 2)^2 + (y - 0.3)^2`, a bowl whose minimum is off the axes.
private struct ShiftedBowl: Surface {
    func value(at p: Vec2) -> Double { (p.x - 2) * (p.x - 2) + (p.y - 0.3) * (p.y - 0.3) }
    func gradient(at p: Vec2) -> Vec2 { Vec2(2 * (p.x - 2), 2 * (p.y - 0.3)) }
    func hessian(at p: Vec2) -> Matrix2 { Matrix2(symmetric: 2, 0, 2) }
    var criticalPoints: [CriticalPoint] { [CriticalPoint(point: Vec2(2, 0.3), kind: .minimum, value: 0, isGlobal: true)] }
    var defaultDomain: Domain { Domain(x: -3...3, y: -3...3) }
    var defaultStart: Vec2 { Vec2(-2, 2) }
}

@Suite("L1 and L2 regularization")
struct RegularizedTests {
    /// L1 = 1: in x, `2(x - 2) + 1 = 0` gives x = 1.5 > 0; in y, `2(y - 0.3) + sign(y) = 0` has no
    /// solution of the right sign and `|f_y(0)| = 0.6 <= 1`, so y = 0 (sparsity). Value
    /// `0.25 + 0.09 + 1.5 = 1.84`.
    @Test func l1MovesTheMinimumOntoAnAxis() {
        let surface = ShiftedBowl().regularized(l1: 1)
        let minima = surface.minima
        #expect(minima.count == 1)
        let m = minima[0]
        #expect(abs(m.point.x - 1.5) < 1e-12 && m.point.y == 0)
        #expect(abs(m.value - 1.84) < 1e-12)
        #expect(m.isGlobal)
    }

    /// L2 = 1: `2(x - 2) + 2x = 0` gives x = 1, `2(y - 0.3) + 2y = 0` gives y = 0.15.
    @Test func l2ShrinksTheMinimumTowardTheOrigin() {
        let minima = ShiftedBowl().regularized(l2: 1).minima
        #expect(minima.count == 1)
        #expect((minima[0].point - Vec2(1, 0.15)).length < 1e-12)
    }

    /// Value, subgradient and Hessian of the penalty at a point and on an axis.
    @Test func penaltyTerms() {
        let surface = ShiftedBowl().regularized(l1: 0.5, l2: 0.25)
        let p = Vec2(-1, 2)
        // f = 9 + 2.89 = 11.89; penalty 0.5 * 3 + 0.25 * 5 = 2.75.
        #expect(abs(surface.value(at: p) - 14.64) < 1e-12)
        // grad f = (-6, 3.4); penalty (0.5 * -1 + 0.5 * -1, 0.5 + 0.5 * 2) = (-1, 1.5).
        #expect((surface.gradient(at: p) - Vec2(-7, 4.9)).length < 1e-12)
        // On the axis y = 0 L1's subgradient is 0: (2 * (1 - 2) + 0.5 + 0.5, -0.6 + 0 + 0).
        #expect((surface.gradient(at: Vec2(1, 0)) - Vec2(-1, -0.6)).length < 1e-12)
        #expect(surface.hessian(at: p) == Matrix2(symmetric: 2.5, 0, 2.5))
    }

    @Test func dataSurfacesStayDataSurfaces() {
        let surface: any Surface = LeastSquares().regularized(l2: 0.1)
        #expect(surface is any SampledSurface)
    }
}
