import DescentScene
import Testing
@testable import DescentPlot

@Suite("Coincident points")
struct CoincidentPointsTests {
    @Test("a point within the radius of a recorded one is refused, across cell borders too")
    func coincident() {
        var points = CoincidentPoints()
        let r = CoincidentPoints.radius
        func add(_ p: Point) -> Bool { points.insert(p) }
        #expect(add(Point(10, 10)))
        #expect(!add(Point(10, 10)))
        #expect(!add(Point(10 + 0.9 * r, 10)))
        #expect(add(Point(10 + 1.1 * r, 10)))
        // Just below a cell border and just above it: neighbours in different cells.
        let border = 100 * r
        #expect(add(Point(border - 0.2 * r, 0)))
        #expect(!add(Point(border + 0.2 * r, 0)))
        #expect(add(Point(.nan, 0)))
        #expect(add(Point(1e300, 0)))
        #expect(add(Point(1e300, 0)))
        #expect(add(Point(-5, -5)))
        #expect(!add(Point(-5, -5 + 0.5 * r)))
    }
}
