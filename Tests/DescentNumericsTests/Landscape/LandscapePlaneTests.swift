import Testing
@testable import DescentNumerics

/// The plane `c + a u + b v`, the grid of losses on it, the 1D interpolation and the path's two
/// losses, checked on losses whose values are known in closed form.
@Suite("Landscape plane")
struct LandscapePlaneTests {
    /// u = (1, 0, 1, 0) and v = (1, 1, 0, 0) are not orthogonal (u·v = 1): the normal equations,
    /// not dot products, return the coordinates (2, -0.5) of c + 2u - 0.5v. Adding w = (1, -1, -1, 0),
    /// orthogonal to both (w·u = 1 - 1 = 0, w·v = 1 - 1 = 0), does not move the projection.
    @Test func projectionOfAnInPlanePointReturnsItsCoordinates() {
        let plane = LandscapePlane(center: [1, 2, 3, 4], u: [1, 0, 1, 0], v: [1, 1, 0, 0])
        let point = plane.parameters(a: 2, b: -0.5)
        #expect(point == [2.5, 1.5, 5, 4])
        let ab = plane.coordinates(of: point)
        #expect(abs(ab.a - 2) < 1e-14 && abs(ab.b + 0.5) < 1e-14)
        let off = plane.coordinates(of: zip(point, [1.0, -1, -1, 0]).map { $0 + 3 * $1 })
        #expect(abs(off.a - 2) < 1e-14 && abs(off.b + 0.5) < 1e-14)
        // Parallel directions span no plane.
        let flat = LandscapePlane(center: [0, 0], u: [1, 1], v: [2, 2]).coordinates(of: [1, 0])
        #expect(flat.a.isNaN && flat.b.isNaN)
    }

    /// loss(θ) = ||θ||² on c = (1, 0, 0), u = (0, 1, 0), v = (0, 0, 2): L(a, b) = 1 + a² + 4b².
    /// a in {-1, 0, 1}, b in {0, 1}: row b = 0 is (2, 1, 2), row b = 1 is (6, 5, 6). One worker
    /// or two, the same values.
    @Test func sliceValuesRowByRow() {
        let plane = LandscapePlane(center: [1, 0, 0], u: [0, 1, 0], v: [0, 0, 2])
        let loss: @Sendable ([Double]) -> Double = { $0.reduce(0) { $0 + $1 * $1 } }
        let serial = LandscapeSlice.evaluate(plane, a: -1...1, b: 0...1, columns: 3, rows: 2, workers: 1, loss: loss)
        #expect(serial.values == [2, 1, 2, 6, 5, 6])
        #expect(serial[2, 1] == 6)
        let parallel = LandscapeSlice.evaluate(plane, a: -1...1, b: 0...1, columns: 3, rows: 2, workers: 2, loss: loss)
        #expect(parallel == serial)
        let big = LandscapeSlice.evaluate(plane, a: -1...1, b: -1...1, columns: 51, rows: 51, workers: 1, loss: loss)
        #expect(LandscapeSlice.evaluate(plane, a: -1...1, b: -1...1, columns: 51, rows: 51, workers: 3, loss: loss) == big)
        #expect(abs(big[25, 25] - 1) < 1e-15 && abs(big[50, 0] - 6) < 1e-15)
    }

    /// θ_0 = (0, 0), θ_1 = (2, 2), loss = ||θ - (1, 1)||² + 3 (a bowl at the midpoint):
    /// L(α) = 8 (α - 1/2)² + 3, so L(0) = L(1) = 5 = loss at the ends, L(1/2) = 3, L(-1/2) = 11.
    @Test func interpolationEndsAreTheEndLosses() {
        let loss = { (t: [Double]) in (t[0] - 1) * (t[0] - 1) + (t[1] - 1) * (t[1] - 1) + 3 }
        let line = LossInterpolation.evaluate(from: [0, 0], to: [2, 2], alphas: -0.5...1.5, count: 5, loss: loss)
        #expect(line.alphas == [-0.5, 0, 0.5, 1, 1.5])
        #expect(line.losses[1] == loss([0, 0]) && line.losses[3] == loss([2, 2]))
        #expect(abs(line.losses[2] - 3) < 1e-15 && abs(line.losses[0] - 11) < 1e-15 && abs(line.losses[4] - 11) < 1e-15)
    }

    /// On an in-plane path both losses agree; a point lifted off the plane by w (orthogonal to
    /// c, u and v) has true loss ||θ||² larger by exactly ||w||² = 9 than the plane's at its projection.
    @Test func trueLossAgainstInPlaneLoss() {
        let plane = LandscapePlane(center: [1, 0, 0, 0], u: [0, 1, 0, 0], v: [0, 1, 1, 0])
        let loss = { (t: [Double]) in t.reduce(0) { $0 + $1 * $1 } }
        var path = [plane.parameters(a: 0.5, b: 0.25), plane.parameters(a: -1, b: 2)]
        path.append(zip(plane.parameters(a: 1, b: 1), [0.0, 0, 0, 3]).map { $0 + $1 })
        path.append([.nan, 0, 0, 0])
        let seen = PathLossComparison.evaluate(path, on: plane, loss: loss)
        #expect(abs(seen.trueLosses[0] - seen.planeLosses[0]) < 1e-15)
        #expect(abs(seen.trueLosses[1] - seen.planeLosses[1]) < 1e-15)
        #expect(abs(seen.coordinates[2].a - 1) < 1e-14 && abs(seen.coordinates[2].b - 1) < 1e-14)
        #expect(abs(seen.trueLosses[2] - seen.planeLosses[2] - 9) < 1e-13)
        #expect(seen.trueLosses[3].isNaN && seen.planeLosses[3].isNaN)
        #expect(seen.steps == [0, 1, 2, 3])
        // Thinned to every second step, the last step included: steps 0, 2, 3.
        let thinned = PathLossComparison.evaluate(path, on: plane, every: 2, loss: loss)
        #expect(thinned.steps == [0, 2, 3])
        #expect(thinned.trueLosses[1] == seen.trueLosses[2] && thinned.planeLosses[1] == seen.planeLosses[2])
        // Recorded true losses are read, not evaluated: the plane's losses are evaluated still.
        let recorded = PathLossComparison.evaluate(path, recorded: [10, 20, 30, 40], on: plane, every: 2, loss: loss)
        #expect(recorded.trueLosses[0] == 10 && recorded.trueLosses[1] == 30 && recorded.trueLosses[2].isNaN)
        #expect(recorded.planeLosses[1] == seen.planeLosses[2])
    }

    /// The window holds the center and every finite point, with 10% margins; no points give ±1.
    @Test func windowCoversThePoints() {
        let w = LandscapeSlice.window(covering: [(1, 2), (3, -2), (.nan, 5)])
        for (got, want) in [(w.a.lowerBound, -0.3), (w.a.upperBound, 3.3), (w.b.lowerBound, -2.4), (w.b.upperBound, 2.4)] {
            #expect(abs(got - want) < 1e-14)
        }
        let empty = LandscapeSlice.window(covering: [])
        #expect(empty.a == -1...1 && empty.b == -1...1)
    }
}
