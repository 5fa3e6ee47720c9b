import Testing
@testable import DescentNumerics

/// Newton: solve (H + damping*I) d = g, x <- x - lr*d; singular -> x <- x - lr*g.
@Suite struct NewtonTests {
    private func step(_ newton: Newton, at point: Vec2, gradient: Vec2, hessian: Matrix2?, lr: Double = 1) -> Vec2 {
        var p = point
        var state: Void = ()
        _ = newton.update(&p, state: &state, context: StepContext(gradient: gradient, learningRate: lr, hessian: hessian, step: 1))
        return p
    }

    @Test func stepsStraightOntoTheSaddleOfXSquaredMinusYSquared() {
        // f = x^2 - y^2 at (1, -2): g = (2, 4), H = diag(2, -2), d = (1, -2): lands on (0, 0).
        let p = step(Newton(), at: Vec2(1, -2), gradient: Vec2(2, 4), hessian: Matrix2(symmetric: 2, 0, -2))
        #expect(p == Vec2(0, 0))
    }

    @Test func dampedStepSolvesTheShiftedSystem() {
        // H = [[3,1],[1,2]], damping 0.5: A = [[3.5,1],[1,2.5]], det = 7.75, g = (1, 2):
        // d = ((2.5*1 - 1*2)/7.75, (3.5*2 - 1*1)/7.75) = (0.5/7.75, 6/7.75); lr 0.5.
        let p = step(Newton(damping: 0.5), at: Vec2(1, 1), gradient: Vec2(1, 2), hessian: Matrix2(symmetric: 3, 1, 2), lr: 0.5)
        #expect(OptimizerFixture.close(p.x, 1 - 0.5 * (0.5 / 7.75)) && OptimizerFixture.close(p.y, 1 - 0.5 * (6 / 7.75)))
    }

    @Test func singularHessianFallsBackToAGradientStep() {
        let p = step(Newton(), at: Vec2(1, 1), gradient: Vec2(2, 2), hessian: Matrix2(symmetric: 1, 1, 1), lr: 0.1)
        #expect(OptimizerFixture.close(p.x, 0.8) && OptimizerFixture.close(p.y, 0.8))
        let missing = step(Newton(), at: Vec2(1, 1), gradient: Vec2(2, 2), hessian: nil, lr: 0.1)
        #expect(missing == p)
    }

    @Test func needsTheHessian() {
        #expect(Newton().needsHessian)
        #expect(!Adam().needsHessian)
    }
}
