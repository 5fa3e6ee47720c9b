import DescentPlot
import DescentScene
import Testing
@testable import DescentPublish

/// A slide's panels on paper: maps first, at most two to a row, then the curves at most two to a
/// row, each row as tall as its panels want at the slide's 800 pt width (a lone map 0.8 x 800 =
/// 640 pt; of several maps every row 0.8 x 400 = 320 pt; a row of curves 320 pt).
@Suite struct PaperArrangementTests {
    static let field = ScalarField(x: -1...1, y: -1...1, columns: 5, rows: 5) { x, y in x * x + y * y }
    static func map(_ title: String) -> PanelLayout { .panel(.contour(ContourPanel(title: title, field: field))) }
    static func curve(_ title: String) -> PanelLayout { .panel(.lines(LinePanel(title: title, yLabel: "loss", series: []))) }

    /// The titles of a layout's panels, row by row: `[[title]]` per row of a column, or one row.
    static func rows(_ layout: PanelLayout) -> [[String]] {
        func titles(_ layout: PanelLayout) -> [String] {
            switch layout {
            case .panel(.contour(let panel)): [panel.title ?? ""]
            case .panel(.lines(let panel)): [panel.title ?? ""]
            case .panel: ["?"]
            case .row(let items, _), .column(let items, _): items.flatMap(titles)
            }
        }
        if case .column(let items, _) = layout { return items.map(titles) }
        return [titles(layout)]
    }

    static func weights(_ layout: PanelLayout) -> [Double] {
        if case .column(_, let weights) = layout { return weights }
        return []
    }

    @Test func aMapBesideItsCurvesGoesAboveThem() {
        let slide = Figure(layout: .row([Self.map("paths"), .column([Self.curve("lr"), Self.curve("loss")], weights: [])], weights: [1.4, 1]))
        let paper = PaperArrangement.arranged(slide)
        #expect(Self.rows(paper.layout) == [["paths"], ["lr", "loss"]])
        #expect(Self.weights(paper.layout) == [640, 320])
        #expect(paper.size == Size(width: 800, height: 960))
    }

    @Test func mapsGoTwoToARowBeforeTheCurves() {
        let slide = Figure(layout: .row([Self.map("a"), Self.map("b"), Self.map("c"), Self.curve("loss")], weights: []))
        let paper = PaperArrangement.arranged(slide)
        #expect(Self.rows(paper.layout) == [["a", "b"], ["c"], ["loss"]])
        #expect(Self.weights(paper.layout) == [320, 320, 320])
        #expect(paper.size.height == 960)
        let column = Figure(layout: .column([Self.curve("lr"), Self.map("a"), Self.curve("loss"), Self.curve("grad"), Self.map("b")], weights: []))
        #expect(Self.rows(PaperArrangement.arranged(column).layout) == [["a", "b"], ["lr", "loss"], ["grad"]])
    }

    @Test func figuresThatReadOnPaperAreLeftAsTheyAre() {
        for layout in [Self.map("a"), Self.curve("loss"), .row([Self.curve("lr"), Self.curve("loss")], weights: []), .row([Self.map("a"), Self.map("b")], weights: [])] {
            let slide = Figure(size: Size(width: 800, height: 450), layout: layout)
            let paper = PaperArrangement.arranged(slide)
            #expect(Self.rows(paper.layout) == Self.rows(layout))
            #expect(paper.size == slide.size)
        }
    }

    /// Squeezed to half its height (960 -> 480 pt at 800 wide), the map row gives 40 % of its
    /// 640 pt (minimumMapShrink 0.6: 384 left) and the curves keep their 320; a figure given its
    /// height keeps its weights.
    @Test func aSqueezedFigureTakesTheHeightFromItsMapsFirst() {
        let paper = PaperArrangement.arranged(Figure(layout: .row([Self.map("paths"), Self.curve("loss")], weights: [])))
        #expect(Self.weights(PaperArrangement.squeezed(paper, to: Size(width: 400, height: 240)).layout) == [384, 320])
        #expect(Self.weights(PaperArrangement.squeezed(paper, to: Size(width: 400, height: 480)).layout) == [640, 320])
        let curves = Figure(layout: .column([Self.curve("lr"), Self.curve("loss")], weights: [1, 1]))
        #expect(Self.weights(PaperArrangement.squeezed(curves, to: Size(width: 400, height: 100)).layout) == [1, 1])
    }
}
