import DescentScene
import Testing
@testable import DescentRender

@Suite("Polyline simplifier")
struct PolylineSimplifierTests {
    /// Distance from `p` to the polyline through `points` (its nearest segment), by brute force.
    static func distance(_ p: Point, toPolyline points: [Point]) -> Double {
        if points.count == 1 { return PolylineSimplifier.squaredDistance(p, segment: points[0], points[0]).squareRoot() }
        var best = Double.infinity
        for i in 1..<points.count {
            best = min(best, PolylineSimplifier.squaredDistance(p, segment: points[i - 1], points[i]).squareRoot())
        }
        return best
    }

    /// `count` points of a deterministic random walk (a 64-bit linear congruential generator).
    static func randomWalk(count: Int, step: Double, seed: UInt64) -> [Point] {
        var state = seed
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53) - 0.5
        }
        var p = Point(0, 0)
        return (0..<count).map { _ in
            p = Point(p.x + step * next(), p.y + step * next())
            return p
        }
    }

    @Test("a straight run of collinear points collapses to its ends")
    func collinear() {
        let points = (0...100).map { Point(Double($0) * 0.5, 2 + Double($0) * 0.25) }
        #expect(PolylineSimplifier.simplify(points, tolerance: 0.25) == [points[0], points[100]])
    }

    @Test("a zig-zag above the tolerance keeps every corner")
    func zigZag() {
        // Corners 1 apart alternately at y = 0 and y = 1: each corner is 1 from the chord of its
        // neighbours' segment ends, far above 0.25.
        let points = (0..<40).map { Point(Double($0), Double($0 % 2)) }
        #expect(PolylineSimplifier.simplify(points, tolerance: 0.25) == points)
    }

    @Test("points coinciding on one spot collapse, and a path turning back keeps its turning point")
    func convergedAndTurningBack() {
        let spot = (0..<1000).map { Point(10 + 1e-4 * Double($0 % 7), 5) }
        #expect(PolylineSimplifier.simplify([Point(0, 0)] + spot, tolerance: 0.25) == [Point(0, 0), spot[999]])
        // Out to x = 10 and back to x = 2 along one line: 10 is 8 from the chord 0...2.
        let back = [Point(0, 0), Point(5, 0), Point(10, 0), Point(6, 0), Point(2, 0)]
        #expect(PolylineSimplifier.simplify(back, tolerance: 0.25) == [Point(0, 0), Point(10, 0), Point(2, 0)])
    }

    @Test("on random polylines, no point of either moves more than the tolerance from the other", arguments: [1, 2, 3])
    func maximumDeviation(seed: UInt64) {
        let points = Self.randomWalk(count: 1000, step: 0.4, seed: seed)
        let tolerance = 0.25
        let kept = PolylineSimplifier.simplify(points, tolerance: tolerance)
        #expect(kept.count < points.count / 2)
        #expect(kept.first == points.first && kept.last == points.last)
        // Every kept point is an original vertex, in the original order.
        var index = 0
        for p in kept {
            while index < points.count, points[index] != p { index += 1 }
            #expect(index < points.count)
        }
        // Original vertices to the simplified polyline, and points along each simplified segment
        // (eleven per segment) to the original.
        let outward = points.map { Self.distance($0, toPolyline: kept) }.max() ?? 0
        var inward = 0.0
        for i in 1..<kept.count {
            let a = kept[i - 1], b = kept[i]
            for k in 0...10 {
                let t = Double(k) / 10
                inward = max(inward, Self.distance(Point(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)), toPolyline: points))
            }
        }
        #expect(outward <= tolerance)
        #expect(inward <= tolerance)
    }

    @Test("a path keeps its curves, closes and sub-paths; only straight runs are simplified")
    func pathStructure() {
        var path = Path()
        path.move(to: Point(0, 0))
        for i in 1...10 { path.line(to: Point(Double(i), 0)) }
        path.curve(to: Point(12, 2), control1: Point(11, 0), control2: Point(12, 1))
        for i in 3...10 { path.line(to: Point(12, Double(i))) }
        path.close()
        path.move(to: Point(20, 20))
        path.line(to: Point(21, 20))
        path.line(to: Point(.nan, 20))
        path.line(to: Point(22, 20))
        path.line(to: Point(23, 20))
        path.line(to: Point(24, 20))
        var expected = Path()
        expected.move(to: Point(0, 0))
        expected.line(to: Point(10, 0))
        expected.curve(to: Point(12, 2), control1: Point(11, 0), control2: Point(12, 1))
        // The run after the curve starts at the curve's end, which is not drawn again.
        expected.line(to: Point(12, 10))
        expected.close()
        expected.move(to: Point(20, 20))
        expected.line(to: Point(21, 20))
        let simplified = PolylineSimplifier.simplify(path, tolerance: 0.25)
        #expect(Array(simplified.elements.prefix(expected.elements.count)) == expected.elements)
        // A non-finite point is kept, breaking the line; the next run starts at (22, 20).
        let rest = Array(simplified.elements.dropFirst(expected.elements.count))
        #expect(rest.count == 3)
        if case .line(let p) = rest.first { #expect(p.x.isNaN) } else { Issue.record("expected the NaN line") }
        #expect(Array(rest.dropFirst()) == [.move(Point(22, 20)), .line(Point(24, 20))])
    }

    @Test("the tolerance is divided by the transformation's largest stretch")
    func largestStretch() {
        // Uniform scale 2: stretch 2. Rotation by 90 degrees: 1. Diagonal (3, 0.5): 3.
        #expect(abs(PathSimplification.largestSingularValue(2, 0, 0, 2) - 2) < 1e-12)
        #expect(abs(PathSimplification.largestSingularValue(0, -1, 1, 0) - 1) < 1e-12)
        #expect(abs(PathSimplification.largestSingularValue(3, 0, 0, 0.5) - 3) < 1e-12)
    }
}
