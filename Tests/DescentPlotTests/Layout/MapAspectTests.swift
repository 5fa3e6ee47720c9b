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

    /// A square map in a short wide cell with a long title: the title wraps within the cell, not
    /// at the narrower map's width, so it takes two lines and the map keeps its size (wrapped at
    /// the map's width it would take many lines, shortening and narrowing the map each time).
    @Test func aLongTitleWrapsWithinTheCellNotTheMap() throws {
        let field = ScalarField(x: -3...3, y: -3...3, columns: 20, rows: 20) { x, y in x * x + y * y }
        let title = "SGD from four starts around the hilltop, each to a different minimum"
        let figure = Figure(size: Size(width: 400, height: 160), theme: .light, layout: .panel(.contour(ContourPanel(title: title, field: field, aspect: .equal))))
        let scene = layout.scene(for: figure)
        let plot = try #require(scene.root.groups { $0 == "bands" }.first?.clip)
        #expect(plot.width > 60, "the map collapsed to \(plot)")
        let drawn = try #require(SceneWalker.texts(in: scene.root).first { $0.text == title })
        #expect((drawn.wrapWidth ?? 0) > plot.width * 2)
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

    /// `auto` keeps equal scale for a square domain (it only narrows the slide's wide plot) and
    /// for a 6 x 4.5 one; it fills for a 6 x 3 domain, which equal scale would have to shorten
    /// (its plot would no longer line up with curves beside it), and for a 1 x 6 strip, which
    /// would keep a sliver of the width.
    @Test func automaticIsEqualOnlyWhereItNarrowsAndKeepsEnoughWidth() throws {
        let square = try plot(.automatic, y: -3...3)
        #expect(abs(square.height - square.width) < 1e-6)
        let filled = try plot(.fill, y: -3...3)
        #expect(abs(filled.height / filled.width) < 0.75, "the slide's plot is wide: \(filled)")
        let wide = try plot(.automatic, y: -1.5...1.5), wideFilled = try plot(.fill, y: -1.5...1.5)
        #expect(wide == wideFilled)
        let tall = try plot(.automatic, y: -18...18), tallFilled = try plot(.fill, y: -18...18)
        #expect(tall == tallFilled)
    }

    /// `fitted(aspect:)` keeps the largest rectangle of the ratio: 200 x 100 at ratio 1 is
    /// 100 x 100 starting 50 in; at ratio 0.25 it is 200 x 50 starting 25 down.
    @Test func fittedRectangles() {
        let r = Rect(x: 0, y: 0, width: 200, height: 100)
        #expect(r.fitted(aspect: 1) == Rect(x: 50, y: 0, width: 100, height: 100))
        #expect(r.fitted(aspect: 0.25) == Rect(x: 0, y: 25, width: 200, height: 50))
        #expect(r.fitted(aspect: .nan) == r)
    }

    /// Three basins maps side by side on a slide get tall cells: filled, each map is stretched
    /// taller than wide; at equal scale each 10 x 10 domain is drawn square, as wide as its cell.
    @Test func basinsMapsKeepTheirShapeAtEqualScale() throws {
        func cells(_ aspect: MapAspect) throws -> [Rect] {
            let maps = (0..<3).map { _ in
                PanelLayout.panel(.basins(BasinsPanel(x: -5...5, y: -5...5, columns: 2, rows: 2, basins: [0, 1, 1, 0], minima: [], aspect: aspect)))
            }
            let figure = Figure(size: FigureSize.slide, theme: .light, layout: .row(maps, weights: [1, 1, 1]))
            return layout.scene(for: figure).root.groups { $0 == "cells" }.compactMap(\.clip)
        }
        let filled = try cells(.fill), equal = try cells(.equal)
        try #require(filled.count == 3 && equal.count == 3)
        #expect(filled.allSatisfy { $0.height > 1.3 * $0.width })
        #expect(equal.allSatisfy { abs($0.width - $0.height) < 1e-6 })
        #expect(zip(filled, equal).allSatisfy { abs($0.width - $1.width) < 1e-6 })
    }
}
