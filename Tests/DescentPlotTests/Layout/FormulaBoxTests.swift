import DescentScene
import Testing
@testable import DescentPlot

/// The formula box on a map: in the corner that covers the fewest path points, left out where
/// it would hide a small map.
@Suite struct FormulaBoxTests {
    let layout = FigureLayout(measurer: ApproximateMeasurer())
    let lines = [FormulaLine(markup: "x<sub>t+1</sub> = x<sub>t</sub> − η g<sub>t</sub>", color: Color(hex: 0x0072B2))]

    func scene(path ys: [Double], size: Size = FigureSize.slide, placement: FormulaPlacement = .automatic) -> (box: Rect?, plot: Rect?) {
        let field = ScalarField(x: -3...3, y: -3...3, columns: 30, rows: 30) { x, y in x * x + y * y }
        let xs = ys.indices.map { -3 + 6 * Double($0) / Double(max(1, ys.count - 1)) }
        let panel = ContourPanel(field: field, paths: [PathSeries(id: "a", style: SeriesStyle(color: .black), xs: xs, ys: ys)],
                                 formulas: lines, formulaPlacement: placement)
        let root = layout.scene(for: Figure(size: size, theme: .light, layout: .panel(.contour(panel)))).root
        let box = root.groups { $0 == "formulas" }.first.flatMap { SceneWalker.shapes(in: $0).first.map { Self.bounds($0.path) } }
        return (box, root.groups { $0 == "bands" }.first?.clip)
    }

    /// The bounding box of a path of straight segments (the box is a rectangle).
    static func bounds(_ path: Path) -> Rect {
        let points = path.elements.compactMap { element -> Point? in
            switch element {
            case .move(let p), .line(let p): return p
            default: return nil
            }
        }
        let xs = points.map(\.x), ys = points.map(\.y)
        return Rect(x: xs.min() ?? 0, y: ys.min() ?? 0, width: (xs.max() ?? 0) - (xs.min() ?? 0), height: (ys.max() ?? 0) - (ys.min() ?? 0))
    }

    /// A path along the top edge pushes the box to a bottom corner; along the bottom, to the top right.
    @Test func boxAvoidsThePath() throws {
        let top = scene(path: Array(repeating: 2.8, count: 60))
        let box = try #require(top.box), plot = try #require(top.plot)
        #expect(box.minY > plot.center.y)
        let bottom = scene(path: Array(repeating: -2.8, count: 60))
        let low = try #require(bottom.box)
        #expect(low.maxY < plot.center.y && low.minX > plot.center.x)
    }

    /// A named corner wins over the path.
    @Test func namedCornerIsKept() throws {
        let drawn = scene(path: Array(repeating: 2.8, count: 60), placement: .topLeft)
        let box = try #require(drawn.box), plot = try #require(drawn.plot)
        #expect(box.minY < plot.center.y && box.maxX < plot.center.x)
    }

    /// On a 150 x 120 figure the box would take most of the map, so it is left out.
    @Test func smallMapsGoWithout() {
        #expect(scene(path: [0, 0], size: Size(width: 150, height: 120)).box == nil)
    }
}
