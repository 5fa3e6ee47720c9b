import Testing
@testable import DescentNumerics

@Suite("Formula surfaces")
struct ExpressionSurfaceTests {
    static let points = [Vec2(-1.2, 1), Vec2(0.3, -0.7), Vec2(2.5, 1.5), Vec2(-3.1, -2.2), Vec2(1, 1)]

    /// The same surfaces written as formulas and in Swift agree to rounding.
    @Test("formula restates the analytic surface", arguments: [
        ("(1 - x)^2 + 100*(y - x^2)^2", "rosenbrock"),
        ("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", "himmelblau"),
        ("(x + 2*y - 7)^2 + (2*x + y - 5)^2", "booth"),
        ("0.26*(x^2 + y^2) - 0.48*x*y", "matyas"),
    ])
    func restates(_ text: String, _ name: String) throws {
        let formula = try ExpressionSurface(text)
        let analytic = try Surfaces.catalog.build(name)
        for p in Self.points {
            let v = analytic.value(at: p), g = analytic.gradient(at: p), h = analytic.hessian(at: p)
            let scale = max(abs(v), g.length, abs(h.xx), abs(h.yy))
            #expect(close(formula.value(at: p), v, relative: 1e-12, scale: scale))
            #expect(close(formula.gradient(at: p), g, relative: 1e-12, scale: scale))
            #expect(close(formula.hessian(at: p), h, relative: 1e-12, scale: scale))
        }
    }

    /// Newton from a grid finds Himmelblau's four minima, four saddles and maximum
    /// (listed by Himmelblau 1972: minima of value 0, maximum 181.617 at (-0.270845, -0.923039)).
    @Test func findsHimmelblausCriticalPoints() throws {
        let surface = try ExpressionSurface("(x^2 + y - 11)^2 + (x + y^2 - 7)^2", domain: Domain(x: -5...5, y: -5...5))
        let points = surface.criticalPoints
        #expect(points.filter { $0.kind == .minimum }.count == 4)
        #expect(points.filter { $0.kind == .saddle }.count == 4)
        let maxima = points.filter { $0.kind == .maximum }
        #expect(maxima.count == 1)
        #expect((maxima[0].point - Vec2(-0.270845, -0.923039)).length < 1e-6)
        #expect(abs(maxima[0].value - 181.617) < 1e-3)
        #expect(points.filter(\.isGlobal).count == 4)
    }

    /// `x^4 + y^4` has a zero Hessian at its minimum; the kind comes from the function's values.
    @Test func degenerateMinimum() throws {
        let surface = try ExpressionSurface("x^4 + y^4 + 1", domain: Domain(x: -1...1, y: -1...1))
        #expect(CriticalPointSearch.classify(surface, at: .zero) == .minimum)
        #expect(CriticalPointSearch.classify(MonkeySaddle(), at: .zero) == .saddle)
    }

    @Test func defaultStartSitsInTheDomain() throws {
        let surface = try ExpressionSurface("x^2 + y^2", domain: Domain(x: 0...10, y: -5...5), start: nil)
        #expect(surface.defaultStart == Vec2(2, 3))
    }
}
