import DescentScene
import Foundation
import Testing
@testable import DescentPlot

@Suite("ViewProjection")
struct ViewProjectionTests {
    /// Relative-or-absolute closeness for values of order one.
    func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool { abs(a - b) <= tolerance * max(1, abs(b)) }

    @Test("azimuth -90, elevation 90 is a map view: x to the right, y up the page, z collapses")
    func mapView() {
        let view = ViewProjection(azimuth: -90, elevation: 90)
        let x = view.camera(Vec3(1, 0, 0)), y = view.camera(Vec3(0, 1, 0)), z = view.camera(Vec3(0, 0, 1))
        #expect(close(x.x, 1) && close(x.y, 0))
        #expect(close(y.x, 0) && close(y.y, 1))
        #expect(close(z.x, 0) && close(z.y, 0))
        #expect(close(view.depth(Vec3(0, 0, 1)), 1))
    }

    @Test("azimuth 0, elevation 90 looks down with y to the right and x down the page")
    func topViewAzimuthZero() {
        let view = ViewProjection(azimuth: 0, elevation: 90)
        let x = view.camera(Vec3(1, 0, 0)), y = view.camera(Vec3(0, 1, 0))
        #expect(close(y.x, 1) && close(y.y, 0))
        #expect(close(x.x, 0) && close(x.y, -1))
    }

    /// matplotlib's default view, worked by hand: toward = (cos 30 cos(-60), cos 30 sin(-60), sin 30)
    /// = (sqrt(3)/4, -3/4, 1/2); right = (-sin(-60), cos(-60), 0) = (sqrt(3)/2, 1/2, 0);
    /// up = (-sin 30 cos(-60), -sin 30 sin(-60), cos 30) = (-1/4, sqrt(3)/4, sqrt(3)/2).
    /// For p = (1, 2, 3): p.right = sqrt(3)/2 + 1, p.up = -1/4 + sqrt(3)/2 + 3 sqrt(3)/2 = 2 sqrt(3) - 1/4,
    /// p.toward = sqrt(3)/4 - 3/2 + 3/2 = sqrt(3)/4.
    @Test("the default view (-60, 30) projects a point as worked by hand")
    func defaultView() {
        let view = ViewProjection(azimuth: -60, elevation: 30)
        let s3 = 3.0.squareRoot()
        let c = view.camera(Vec3(1, 2, 3))
        #expect(close(c.x, s3 / 2 + 1))
        #expect(close(c.y, 2 * s3 - 0.25))
        #expect(close(view.depth(Vec3(1, 2, 3)), s3 / 4))
    }

    @Test("the screen basis is orthonormal and right-handed", arguments: [(-60.0, 30.0), (0, 0), (37, -20), (115, 35), (-90, 90), (200, -90)])
    func orthonormal(azimuth: Double, elevation: Double) {
        let v = ViewProjection(azimuth: azimuth, elevation: elevation)
        for (a, b, expected) in [(v.right, v.right, 1.0), (v.up, v.up, 1), (v.toward, v.toward, 1), (v.right, v.up, 0), (v.right, v.toward, 0), (v.up, v.toward, 0)] {
            #expect(abs(a.dot(b) - expected) < 1e-12)
        }
        let c = v.right.cross(v.up)
        #expect(abs(c.x - v.toward.x) < 1e-12 && abs(c.y - v.toward.y) < 1e-12 && abs(c.z - v.toward.z) < 1e-12)
    }

    @Test("non-finite angles fall back to matplotlib's defaults, elevation is clamped")
    func oddAngles() {
        let fallback = ViewProjection(azimuth: .nan, elevation: .infinity)
        let standard = ViewProjection(azimuth: -60, elevation: 30)
        #expect(fallback.toward == standard.toward)
        #expect(abs(ViewProjection(azimuth: 10, elevation: 400).toward.z - 1) < 1e-12)
    }

    /// Camera bounds 4 x 2 into a 200 x 60 rectangle: the height limits, scale = 60 / 2 = 30; the
    /// center (1, 0) of the bounds lands on the rectangle's center (110, 50).
    @Test("fitting scales the bounds into the rectangle and centers them")
    func fitting() {
        let view = ViewProjection(azimuth: -90, elevation: 90)
            .fitted(bounds: (minX: -1, minY: -1, maxX: 3, maxY: 1), into: Rect(x: 10, y: 20, width: 200, height: 60))
        #expect(close(view.scale, 30))
        let center = view.point(Vec3(1, 0, 0)), corner = view.point(Vec3(3, 1, 0))
        #expect(close(center.x, 110) && close(center.y, 50))
        #expect(close(corner.x, 170) && close(corner.y, 20))
    }
}
