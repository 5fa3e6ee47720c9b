import DescentScene
import Foundation
import Testing
@testable import DescentPlot

/// The panels of the network lessons in the scene: the 1D interpolation, the true against the
/// in-plane loss along paths, and the decision boundary at chosen steps.
@Suite("network panels in the scene")
struct NetworkPanelsSceneTests {
    static let sgd = SeriesStyle(color: Color(hex: 0x0072B2))
    static let adam = SeriesStyle(color: Color(hex: 0xD55E00), marker: .square)

    /// The shapes of the scene group `name` (a recorded issue and none when it is missing).
    static func shapes(_ scene: Scene, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) -> [ShapeItem] {
        guard let group = CatalogueScenes.group(scene, name) else {
            Issue.record("no group \(name)", sourceLocation: sourceLocation)
            return []
        }
        return SceneWalker.shapes(in: group)
    }

    /// The bounding-box center of a path's points (a ring's center).
    static func center(_ path: Path) -> Point {
        let p = SceneWalker.points(of: path)
        let xs = p.map(\.x), ys = p.map(\.y)
        return Point(((xs.min() ?? 0) + (xs.max() ?? 0)) / 2, ((ys.min() ?? 0) + (ys.max() ?? 0)) / 2)
    }

    /// Two curves over α in [-0.5, 1.5] (21 samples, α = 0 at index 5, α = 1 at index 15):
    /// L = (α - 0.5)² + 1 from "start" to "SGD", and L = 2 - α from "SGD" to "Adam". The dotted
    /// lines at α = 0 and 1 carry the names (the shared one once per end), and each curve's end
    /// losses are ringed exactly on its line.
    @Test func interpolationMarksBothEndsWithTheirNames() throws {
        let alphas = (0...20).map { -0.5 + Double($0) / 10 }
        let a = InterpolationCurve(id: "sgd.line", style: Self.sgd, alphas: alphas, losses: alphas.map { ($0 - 0.5) * ($0 - 0.5) + 1 }, startName: "start", endName: "SGD")
        let b = InterpolationCurve(id: "adam.line", style: Self.adam, alphas: alphas, losses: alphas.map { 2 - $0 }, startName: "SGD", endName: "Adam")
        #expect(a.loss(at: 0) == 1.25 && b.loss(at: 1) == 1)
        #expect(abs((a.loss(at: 0.05) ?? 0) - 1.205) < 1e-12, "halfway between 0 (1.25) and 0.1 (1.16)")
        let panel = InterpolationPanel.panel([a, b])
        #expect(panel.series.count == 2 && panel.pointMarkers.count == 4)
        let scene = CatalogueScenes.scene(.lines(panel))
        let markers = try #require(CatalogueScenes.group(scene, "markers"))
        #expect(SceneWalker.texts(in: markers).map(\.text) == ["start · SGD", "SGD · Adam"])
        let lines = SceneWalker.shapes(in: markers).map { SceneWalker.points(of: $0.path)[0].x }
        let curve = try #require(CatalogueScenes.group(scene, "series.sgd.line"))
        let points = SceneWalker.points(of: try #require(SceneWalker.shapes(in: curve).first?.path))
        #expect(abs(lines[0] - points[5].x) < 1e-9 && abs(lines[1] - points[15].x) < 1e-9)
        // Rings: a halo and a ring per end; the first curve's α = 0 ring sits on its sample there.
        let rings = Self.shapes(scene, "point-markers")
        #expect(rings.count == 8)
        let ring = Self.center(rings[1].path)
        #expect(abs(ring.x - points[5].x) < 1e-6 && abs(ring.y - points[5].y) < 1e-6)
        #expect(rings[1].stroke?.color == Self.sgd.color)
        #expect(SceneWalker.nonFiniteValues(in: scene).isEmpty)
    }

    /// Two runs give four curves: `<id>.true` solid and `<id>.plane` dotted, both in the run's
    /// color (the print theme's dash of a run is replaced); the legend names the two styles.
    @Test func pathLossDrawsTwoStylesPerRun() throws {
        let steps = (0...50).map(Double.init)
        var dashed = Self.adam
        dashed.dash = [4, 2]
        let runs = [
            PathLossSeries(id: "sgd", style: Self.sgd, steps: steps, trueLosses: steps.map { exp(-$0 / 20) }, planeLosses: steps.map { exp(-$0 / 25) }),
            PathLossSeries(id: "adam", style: dashed, steps: steps, trueLosses: steps.map { exp(-$0 / 10) }, planeLosses: steps.map { 2 * exp(-$0 / 10) }),
        ]
        let panel = PathLossPanel.panel(runs)
        #expect(panel.series.map(\.id) == ["sgd.true", "sgd.plane", "adam.true", "adam.plane"])
        #expect(panel.yScale == .logarithmic && panel.xQuantity == .step)
        let scene = CatalogueScenes.scene(.lines(panel))
        for (id, color) in [("sgd", Self.sgd.color), ("adam", Self.adam.color)] {
            let solid = try #require(Self.shapes(scene, "series.\(id).true").first?.stroke)
            let dotted = try #require(Self.shapes(scene, "series.\(id).plane").first?.stroke)
            #expect(solid.color == color && dotted.color == color)
            #expect(solid.dash.isEmpty && dotted.dash.count == 2)
        }
        // Adam's in-plane loss is twice its true loss: a constant gap of log10(2) of a decade.
        let adamTrue = SceneWalker.points(of: try #require(Self.shapes(scene, "series.adam.true").first?.path))
        let adamPlane = SceneWalker.points(of: try #require(Self.shapes(scene, "series.adam.plane").first?.path))
        let gaps = zip(adamTrue, adamPlane).map { $0.y - $1.y }
        #expect(gaps.allSatisfy { $0 > 0 } && (gaps.max() ?? 0) - (gaps.min() ?? 0) < 1e-6)
        let legend = PathLossPanel.legend(color: Theme.light.mutedForeground)
        #expect(legend.map(\.style.dash) == [[], PathLossPanel.planeDash])
    }

    /// P(class 1) = σ(4x) on [-2, 2]²: the boundary is the line x = 0, drawn down the middle of
    /// each map. Five samples per class, one outside the field, give four markers per class in
    /// the class's shape. Each map is titled with its step; five snapshots at four per row make
    /// two rows. A snapshot that never reaches 0.5 has no boundary.
    @Test func decisionBoundaryAtChosenSteps() throws {
        let classes = [
            ClassSamples(label: "class 0", xs: [-1.5, -1, -0.5, -1.2, -9], ys: [0, 1, -1, 0.5, 0]),
            ClassSamples(label: "class 1", xs: [1.5, 1, 0.5, 1.2, 9], ys: [0, 1, -1, 0.5, 0]),
        ]
        let snapshot = DecisionSnapshot(step: 40, x: -2...2, y: -2...2, resolution: 41) { x, _ in 1 / (1 + exp(-4 * x)) }
        let panel = DecisionBoundaryPanels.panel(snapshot, classes: classes, theme: .light)
        #expect(panel.title == "step 40")
        #expect(panel.overlays.count == 1)
        let scene = CatalogueScenes.scene(.contour(panel))
        for (k, shape) in [(0, MarkerShape.circle), (1, .triangle)] {
            let group = try #require(CatalogueScenes.group(scene, "scatter.data.class\(k)"))
            let marks = SceneWalker.shapes(in: group)
            #expect(marks.count == 4)
            #expect(marks.allSatisfy { $0.fill == DecisionBoundaryPanels.style(ofClass: k, theme: .light).color })
            #expect(panel.scatter[k].style.marker == shape)
        }
        let plot = try #require(CatalogueScenes.group(scene, "bands")?.clip)
        let line = try #require(Self.shapes(scene, "overlay.boundary.40.0").last)
        let xs = SceneWalker.points(of: line.path).map(\.x)
        #expect(xs.count >= 2 && xs.allSatisfy { abs($0 - (plot.x + plot.width / 2)) < 1e-6 })
        #expect(line.stroke?.color == Theme.light.foreground)
        // The class colors sit at the ends of the band map, the panel background in the middle.
        let map = DecisionBoundaryPanels.colormap(theme: .light)
        #expect(map.color(at: 0.5) == Theme.light.panelBackground)
        #expect(map.color(at: 0) != map.color(at: 1))

        let steps = [0, 10, 20, 40, 80]
        let snapshots = steps.map { s in DecisionSnapshot(step: s, x: -2...2, y: -2...2, resolution: 21) { x, _ in 1 / (1 + exp(-Double(s) / 10 * x - 0.1)) } }
        let layout = DecisionBoundaryPanels.layout(snapshots, classes: classes, theme: .light, perRow: 4)
        guard case .column(let rows, _) = layout, rows.count == 2, case .row(let first, _) = rows[0], case .row(let second, _) = rows[1] else {
            Issue.record("expected two rows, got \(layout)")
            return
        }
        #expect(first.count == 4 && second.count == 1)
        let figure = FigureLayout(measurer: ApproximateMeasurer()).scene(for: Figure(layout: layout, legend: DecisionBoundaryPanels.legend(classes, theme: .light)))
        let titles = SceneWalker.texts(in: figure.root).map(\.text)
        for s in steps { #expect(titles.contains("step \(s)")) }
        // At step 0, P = σ(-0.1) < 0.5 everywhere: no boundary.
        #expect(DecisionBoundaryPanels.panel(snapshots[0], classes: classes, theme: .light).overlays.isEmpty)
        #expect(SceneWalker.nonFiniteValues(in: figure).isEmpty)
    }

    /// Maps per row by hand on an 800 x 450 slide, with 110 pt of header and 40 x 45 pt of axes
    /// per map: plot width min(800/c - 40, ((450 - 110)/r - 45) / aspect) for c per row, r rows.
    /// Four maps of aspect 0.625: c = 4 min(160, 472) = 160; c = 3 and c = 2 (2 rows) min(226.7
    /// or 360, 125/0.625 = 200) = 200; c = 1 min(760, 64) = 64: 3 and 2 tie on rows, so 2 per row
    /// (two rows of two, not 3 + 1). Four maps of aspect 0.87 (10e's spirals): c = 4 min(160,
    /// 339) = 160 beats c = 2 or 3 (125/0.87 = 144): one row. Five square maps: 5 -> 120,
    /// 4 and 3 -> 125 (2 rows), 2 -> 68 (3 rows): three per row.
    @Test func mapsPerRowByHand() {
        #expect(DecisionBoundaryPanels.mapsPerRow(count: 4, dataAspect: 0.625, page: FigureSize.slide) == 2)
        #expect(DecisionBoundaryPanels.mapsPerRow(count: 4, dataAspect: 0.87, page: FigureSize.slide) == 4)
        #expect(DecisionBoundaryPanels.mapsPerRow(count: 5, dataAspect: 1, page: FigureSize.slide) == 3)
        #expect(DecisionBoundaryPanels.mapsPerRow(count: 1, dataAspect: 1, page: FigureSize.slide) == 1)
    }

    /// The dark theme keeps only part of a band colormap (`contourSpan`); the class map is laid
    /// out over that part, so both class colors still reach the ends of its bands.
    @Test func classColorsSurviveTheDarkThemesSpan() {
        let theme = Theme.dark
        let map = DecisionBoundaryPanels.colormap(theme: theme).segment(theme.contourSpan)
        let ends = [0, 1].map { DecisionBoundaryPanels.style(ofClass: $0, theme: theme).color.mixed(with: theme.panelBackground, DecisionBoundaryPanels.fieldLightness) }
        func distance(_ a: Color, _ b: Color) -> Double { max(abs(a.red - b.red), abs(a.green - b.green), abs(a.blue - b.blue)) }
        // Resampled twice over 65 stops: within a few thousandths of each channel.
        #expect(distance(map.color(at: 0), ends[0]) < 0.01)
        #expect(distance(map.color(at: 1), ends[1]) < 0.01)
        #expect(distance(map.color(at: 0.5), theme.panelBackground) < 0.01)
    }
}
