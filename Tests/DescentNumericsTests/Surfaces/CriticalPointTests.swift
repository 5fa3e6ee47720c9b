import Foundation
import Testing
@testable import DescentNumerics

@Suite("Critical points of the surfaces")
struct CriticalPointTests {
    @Test("every listed critical point has zero gradient, its value, and its kind", arguments: SurfaceCase.all)
    func listed(_ c: SurfaceCase) {
        let points = c.surface.criticalPoints
        #expect(!points.isEmpty, "\(c.name) lists no critical points")
        #expect(points.contains { $0.isGlobal } || !points.contains { $0.kind == .minimum })
        for cp in points {
            if c.l1 > 0, cp.point.x == 0 || cp.point.y == 0 {
                checkKink(c, cp)
                continue
            }
            let hessian = c.surface.hessian(at: cp.point)
            let scale = max(abs(hessian.xx), abs(hessian.xy), abs(hessian.yy)) * (1 + cp.point.length)
            #expect(c.surface.gradient(at: cp.point).length <= 1e-7 * max(1, scale), "\(c.name) \(cp)")
            #expect(close(c.surface.value(at: cp.point), cp.value, relative: 1e-12, scale: cp.value), "\(c.name) \(cp)")
            #expect(kindFromSamples(c.surface, cp.point, hessian) == cp.kind, "\(c.name) \(cp)")
        }
    }

    /// On an L1 kink 0 must be in the subdifferential: `|g_i| <= l1` across each axis the point
    /// sits on (where the gradient uses sign(0) = 0), `g_j = 0` along the others.
    func checkKink(_ c: SurfaceCase, _ cp: CriticalPoint) {
        let g = c.surface.gradient(at: cp.point)
        #expect(cp.point.x == 0 ? abs(g.x) <= c.l1 : abs(g.x) < 1e-7, "\(c.name) \(cp)")
        #expect(cp.point.y == 0 ? abs(g.y) <= c.l1 : abs(g.y) < 1e-7, "\(c.name) \(cp)")
        #expect(kindFromSamples(c.surface, cp.point, Matrix2(symmetric: 0, 0, 0)) == cp.kind, "\(c.name) \(cp)")
    }

    /// The kind from the Hessian's eigenvalues (worked here from trace and determinant); for a
    /// zero Hessian, from the sign changes of `f` on a small circle.
    func kindFromSamples(_ s: any Surface, _ p: Vec2, _ h: Matrix2) -> CriticalPoint.Kind {
        let det = h.xx * h.yy - h.xy * h.yx, trace = h.xx + h.yy
        let size = max(abs(h.xx), abs(h.xy), abs(h.yy))
        if size > 1e-9 {
            if det < 0 { return .saddle }
            return trace > 0 ? .minimum : .maximum
        }
        let values = (0..<12).map { s.value(at: p + 1e-2 * Vec2(cos(Double($0) * .pi / 6), sin(Double($0) * .pi / 6))) - s.value(at: p) }
        if values.allSatisfy({ $0 > 0 }) { return .minimum }
        if values.allSatisfy({ $0 < 0 }) { return .maximum }
        return .saddle
    }

    /// Published minimum values: Rosenbrock (1960), Beale (1958), Goldstein & Price (1971),
    /// Booth and Matyas (Jamil & Yang 2013), Himmelblau (1972), six-hump camel -1.0316
    /// (Molga & Smutnicki 2005), Styblinski-Tang -39.16617 per dimension (Surjanovic & Bingham).
    @Test("known global minima", arguments: [
        ("rosenbrock", Vec2(1, 1), 0.0, 1e-12),
        ("beale", Vec2(3, 0.5), 0.0, 1e-12),
        ("goldstein_price", Vec2(0, -1), 3.0, 1e-12),
        ("booth", Vec2(1, 3), 0.0, 1e-12),
        ("matyas", Vec2(0, 0), 0.0, 1e-12),
        ("himmelblau", Vec2(3, 2), 0.0, 1e-12),
        ("three_hump_camel", Vec2(0, 0), 0.0, 1e-12),
        ("rastrigin", Vec2(0, 0), 0.0, 1e-12),
        ("ackley", Vec2(0, 0), 0.0, 1e-12),
        ("bowl", Vec2(0, 0), 0.0, 1e-12),
        ("six_hump_camel", Vec2(0.0898, -0.7126), -1.0316, 1e-4),
        ("styblinski_tang", Vec2(-2.903534, -2.903534), -78.33234, 1e-5),
    ])
    func knownMinimum(_ name: String, _ point: Vec2, _ value: Double, _ tolerance: Double) throws {
        let surface = try Surfaces.catalog.build(name)
        #expect(close(surface.value(at: point), value, relative: tolerance, scale: value))
        let global = surface.criticalPoints.filter(\.isGlobal)
        #expect(global.contains { ($0.point - point).length < 1e-3 && close($0.value, value, relative: tolerance, scale: value) })
    }

    @Test("counts of minima, saddles and maxima", arguments: [
        ("himmelblau", 4, 4, 1, 4),
        ("beale", 1, 2, 0, 1),
        ("goldstein_price", 4, 4, 1, 1),
        ("six_hump_camel", 6, 7, 2, 2),
        ("three_hump_camel", 3, 2, 0, 1),
        ("styblinski_tang", 4, 4, 1, 1),
        ("multiwell", 3, 2, 0, 1),
        ("monkey_saddle", 0, 1, 0, 0),
    ])
    func counts(_ name: String, _ minima: Int, _ saddles: Int, _ maxima: Int, _ globals: Int) throws {
        let points = try Surfaces.catalog.build(name).criticalPoints
        #expect(points.filter { $0.kind == .minimum }.count == minima)
        #expect(points.filter { $0.kind == .saddle }.count == saddles)
        #expect(points.filter { $0.kind == .maximum }.count == maxima)
        #expect(points.filter(\.isGlobal).count == globals)
    }

    /// Three-hump camel: `x^2 = (4.2 +- sqrt(3.64)) / 2` on `y = -x/2`; the outer pair are minima
    /// of value 0.298638..., worked from `f` at `x = 1.747552, y = -0.873776`.
    @Test func threeHumpCamelClosedForm() {
        let outer = ((4.2 + 3.64.squareRoot()) / 2).squareRoot()
        let points = ThreeHumpCamel().criticalPoints
        #expect(points.contains { ($0.point - Vec2(outer, -outer / 2)).length < 1e-14 && $0.kind == .minimum })
        #expect(abs(outer - 1.747552) < 1e-6)
        let x = 1.747552, y = -0.873776
        let f = 2 * x * x - 1.05 * pow(x, 4) + pow(x, 6) / 6 + x * y + y * y
        #expect(points.contains { abs($0.value - f) < 1e-9 })
    }

    /// Rastrigin: pairs of 1-D critical points; the 1-D minimum near 1 solves
    /// `t = -10 pi sin(2 pi t)`, about 0.994959 (the local minimum value per coordinate is ~0.994959).
    @Test func rastriginLocalMinima() {
        let minima = Rastrigin().criticalPoints.filter { $0.kind == .minimum }
        #expect(minima.count == 49)
        #expect(minima.contains { abs($0.point.x - 0.994959) < 1e-6 && abs($0.point.y) < 1e-12 })
    }

    @Test func ackleyHasLocalMinimaAroundTheOrigin() {
        let minima = Ackley().criticalPoints.filter { $0.kind == .minimum }
        #expect(minima.filter(\.isGlobal).map(\.point) == [Vec2.zero])
        #expect(minima.contains { ($0.point - Vec2(1, 0)).length < 0.1 })
        #expect(minima.contains { ($0.point - Vec2(1, 1)).length < 0.1 })
    }
}
