import Testing
@testable import DescentNumerics

/// `NormBall.minimum`: the lowest point of a surface on `|p|_1 <= t` or `|p|_2 <= t`, worked by
/// hand for `f = (x - 2)^2 + (y - 1)^2`, whose unconstrained minimum `(2, 1)` has `|.|_2 = sqrt 5`.
@Suite("NormBall")
struct NormBallTests {
    /// The surface, with its minimum found over a domain that holds it.
    func surface() throws -> ExpressionSurface {
        try ExpressionSurface("(x-2)^2 + (y-1)^2", domain: Domain(x: -3...3, y: -3...3))
    }

    @Test("t = 1: L1 lands on the corner (1, 0); L2 on (2, 1)/sqrt(5)")
    func cornerAndCircle() throws {
        let f = try surface()
        // On the edge x + y = 1 (x, y >= 0): (x - 2)^2 + x^2 is least at x = 1, the corner.
        #expect(close(NormBall.l1.minimum(of: f, radius: 1), Vec2(1, 0), relative: 1e-6))
        // The disc's nearest point to (2, 1) is (2, 1)/|(2, 1)|.
        #expect(close(NormBall.l2.minimum(of: f, radius: 1), Vec2(2, 1) / 5.0.squareRoot(), relative: 1e-6))
    }

    @Test("a ball that holds the minimum returns it")
    func inside() throws {
        let f = try surface()
        #expect(close(NormBall.l2.minimum(of: f, radius: 5), Vec2(2, 1), relative: 1e-6))
        #expect(close(NormBall.l1.minimum(of: f, radius: 3.5), Vec2(2, 1), relative: 1e-6))
    }

    @Test("outlines: the diamond's corners on the axes, the circle at radius t")
    func outlines() {
        let diamond = NormBall.l1.outline(radius: 2, count: 8)
        #expect(diamond[0] == Vec2(2, 0) && diamond[2] == Vec2(0, 2) && diamond[4] == Vec2(-2, 0) && diamond[6] == Vec2(0, -2))
        #expect(diamond.allSatisfy { abs(NormBall.l1.norm($0) - 2) < 1e-12 })
        #expect(NormBall.l2.outline(radius: 2).allSatisfy { abs($0.length - 2) < 1e-12 })
    }
}
