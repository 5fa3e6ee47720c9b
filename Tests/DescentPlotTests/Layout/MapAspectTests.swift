import DescentScene
import Testing
@testable import DescentPlot

/// Maps drawn at equal scale: one unit of x as long as one unit of y, so a round well is round.
@Suite struct MapAspectTests {
    let layout = FigureLayout(measurer: ApproximateMeasurer())

    /// The plot area of the one contour panel of `aspect` over x in -3...3, y in `y`.
    func plot(_ aspect: MapAspect, y: ClosedRange<Double>, size: Size = FigureSize.slide) throws -> Rect {
        let field = ScalarField(x: -3...3, y: y, columns: 40, rows: 40) { x, y in x * x + y * y }
        let figure = Figure(size: size, theme: .light, layout: .panel(.contour(ContourPanel(field: field, aspect: aspect))))
        let bands = try #require(layout.scene(for: figure).root.groups { $0 == "bands" }.first)
        return try #require(bands.clip)
    }

    /// On a 800 x 450 slide the plot area is wider than tall; a 6 x 6 domain at equal scale is
    /// drawn square, centered where the filled area was.
    @Test func equalDrawsASquareDomainSquare() throws {
        let filled = try plot(.fill, y: -3...3), equal = try plot(.equal, y: -3...3)
        #expect(filled.width > filled.height * 1.2)
        #expect(abs(equal.width - equal.height) < 1e-6)
        #expect(abs(equal.height - filled.height) < 1e-6)
        #expect(abs((equal.minX + equal.maxX) - (filled.minX + filled.maxX)) < 1e-6)
    }

    /// `auto` keeps equal scale for a 6 x 4 domain (ratio 2/3, near the slide plot's own) and
    /// fills for a 6 x 0.5 strip, which at equal scale would keep a sliver of the panel.
    @Test func automaticIsEqualUnlessItWouldLeaveASliver() throws {
        let near = try plot(.automatic, y: -2...2)
        #expect(abs(near.height / near.width - 4.0 / 6.0) < 1e-6)
        let strip = try plot(.automatic, y: -0.25...0.25), filled = try plot(.fill, y: -0.25...0.25)
        #expect(strip == filled)
    }

    /// `fitted(aspect:)` keeps the largest rectangle of the ratio: 200 x 100 at ratio 1 is
    /// 100 x 100 starting 50 in; at ratio 0.25 it is 200 x 50 starting 25 down.
    @Test func fittedRectangles() {
        let r = Rect(x: 0, y: 0, width: 200, height: 100)
        #expect(r.fitted(aspect: 1) == Rect(x: 50, y: 0, width: 100, height: 100))
        #expect(r.fitted(aspect: 0.25) == Rect(x: 0, y: 25, width: 200, height: 50))
        #expect(r.fitted(aspect: .nan) == r)
    }
}
