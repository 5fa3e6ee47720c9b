import Foundation
import Testing
@testable import DescentNumerics

@Suite("Surface derivatives against finite differences")
struct SurfaceDerivativeTests {
    @Test("gradient equals central differences of the value", arguments: SurfaceCase.all)
    func gradient(_ c: SurfaceCase) {
        for p in c.points {
            let analytic = c.surface.gradient(at: p)
            let numeric = Differences.gradient({ c.surface.value(at: $0) }, at: p)
            let scale = max(analytic.length, abs(c.surface.value(at: p)))
            #expect(close(analytic, numeric, relative: 1e-6, scale: scale), "\(c.name) at \(p): \(analytic) vs \(numeric)")
        }
    }

    @Test("Hessian equals central differences of the gradient", arguments: SurfaceCase.all)
    func hessian(_ c: SurfaceCase) {
        for p in c.points {
            let analytic = c.surface.hessian(at: p)
            let numeric = Differences.hessian({ c.surface.gradient(at: $0) }, at: p)
            let scale = max(abs(analytic.xx), abs(analytic.xy), abs(analytic.yy), c.surface.gradient(at: p).length)
            #expect(close(analytic, numeric, relative: 1e-6, scale: scale), "\(c.name) at \(p): \(analytic) vs \(numeric)")
            #expect(analytic.xy == analytic.yx)
        }
    }
}
