import Foundation
import Testing
@testable import DescentNumerics

@Suite("Second-order automatic differentiation")
struct Jet2Tests {
    func jet(_ text: String, _ x: Double, _ y: Double) throws -> Jet2 {
        try Formula(text, variables: ["x", "y"]).jet(x: x, y: y)
    }

    /// `f = sin(x y)`: `f_x = y cos(xy)`, `f_y = x cos(xy)`, `f_xx = -y^2 sin(xy)`,
    /// `f_xy = cos(xy) - xy sin(xy)`, `f_yy = -x^2 sin(xy)`, worked by hand.
    @Test func productInsideSine() throws {
        let x = 0.7, y = -1.3, s = sin(x * y), c = cos(x * y)
        let j = try jet("sin(x*y)", x, y)
        #expect(abs(j.value - s) < 1e-15)
        #expect((j.gradient - Vec2(y * c, x * c)).length < 1e-15)
        #expect(abs(j.hxx - -y * y * s) < 1e-15)
        #expect(abs(j.hxy - (c - x * y * s)) < 1e-15)
        #expect(abs(j.hyy - -x * x * s) < 1e-15)
    }

    /// `f = x^y = exp(y log x)`: `f_x = y x^(y-1)`, `f_y = x^y log x`, `f_xx = y (y-1) x^(y-2)`,
    /// `f_xy = x^(y-1) (1 + y log x)`, `f_yy = x^y log(x)^2`.
    @Test func variableExponent() throws {
        let x = 1.7, y = 2.4, l = log(x)
        let j = try jet("x^y", x, y)
        let tolerance = 1e-14
        #expect(abs(j.value - pow(x, y)) < tolerance)
        #expect(abs(j.gradient.x - y * pow(x, y - 1)) < tolerance)
        #expect(abs(j.gradient.y - pow(x, y) * l) < tolerance)
        #expect(abs(j.hxx - y * (y - 1) * pow(x, y - 2)) < tolerance)
        #expect(abs(j.hxy - pow(x, y - 1) * (1 + y * l)) < tolerance)
        #expect(abs(j.hyy - pow(x, y) * l * l) < tolerance)
    }

    /// Quotient, square root, tanh and exp against their textbook derivatives at one point.
    @Test func quotientAndChain() throws {
        let x = 0.4, y = 2.0
        // f = x / y: f_x = 1/y, f_y = -x/y^2, f_xy = -1/y^2, f_yy = 2x/y^3.
        let q = try jet("x / y", x, y)
        #expect((q.gradient - Vec2(1 / y, -x / (y * y))).length < 1e-15)
        #expect(abs(q.hxy - -1 / (y * y)) < 1e-15 && abs(q.hyy - 2 * x / (y * y * y)) < 1e-15 && q.hxx == 0)
        // f = sqrt(x): f_x = 1/(2 sqrt x), f_xx = -1/(4 x^(3/2)).
        let r = try jet("sqrt(x)", x, y)
        #expect(abs(r.gradient.x - 0.5 / x.squareRoot()) < 1e-15 && abs(r.hxx - -0.25 / pow(x, 1.5)) < 1e-14)
        // f = tanh(x): f_x = 1 - t^2, f_xx = -2 t (1 - t^2).
        let t = tanh(x), h = try jet("tanh(x)", x, y)
        #expect(abs(h.gradient.x - (1 - t * t)) < 1e-15 && abs(h.hxx - -2 * t * (1 - t * t)) < 1e-15)
        // abs has subgradient 0 at 0.
        #expect(try jet("abs(x)", 0, 0).gradient == .zero)
    }

    @Test func minMaxAndIfDifferentiateTheTakenBranch() throws {
        #expect(try jet("min(x^2, y)", 3, 1).gradient == Vec2(0, 1))
        #expect(try jet("max(x^2, y)", 3, 1).gradient == Vec2(6, 0))
        #expect(try jet("if(x < y, x*y, 0)", 1, 2).gradient == Vec2(2, 1))
    }
}
