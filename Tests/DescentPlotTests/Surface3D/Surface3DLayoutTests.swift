import DescentScene
import Foundation
import Testing
@testable import DescentPlot

@Suite("Surface3DLayout")
struct Surface3DLayoutTests {
    static let style = Theme.light.seriesStyle(at: 0)

    /// Odd inputs the layout must survive: every coordinate it emits stays finite.
    static let oddPanels: [(String, Surface3DPanel)] = {
        let bowl = Surface3DFixtures.bowl
        let weird = PathSeries(id: "w", style: style, xs: [.nan, -1, 0.5, .infinity, 1e300, 1], ys: [0, -1, .nan, 0, -1e300, 1], divergedAtStep: 4)
        var nanField = bowl
        nanField.values[100] = .nan
        nanField.values[3000] = .infinity
        return [
            ("constant field", Surface3DPanel(field: ScalarField(x: -1...1, y: -1...1, columns: 5, rows: 5) { _, _ in 2 }, paths: [weird])),
            ("NaN and infinite samples", Surface3DPanel(field: nanField, paths: [weird], markedPoints: [MarkedPoint(x: 0, y: 0, kind: .saddle, label: "s")])),
            ("all NaN", Surface3DPanel(field: ScalarField(x: -1...1, y: -1...1, columns: 3, rows: 3) { _, _ in .nan }, paths: [weird])),
            ("1 x 1 field", Surface3DPanel(field: ScalarField(x: 0...1, y: 0...1, columns: 1, rows: 1, values: [1]))),
            ("wrong sample count", Surface3DPanel(field: ScalarField(x: 0...1, y: 0...1, columns: 3, rows: 3, values: [1, 2]))),
            ("empty extent", Surface3DPanel(field: ScalarField(x: 1...1, y: 0...1, columns: 3, rows: 3) { x, y in x + y }, paths: [weird])),
            ("infinite extent", Surface3DPanel(field: ScalarField(x: -.infinity...0, y: 0...1, columns: 3, rows: 3, values: Array(repeating: 1, count: 9)))),
            ("view from below", Surface3DPanel(field: bowl, elevation: -35, paths: [weird])),
            ("straight down", Surface3DPanel(field: bowl, azimuth: .nan, elevation: 90, paths: [weird])),
            ("straight up", Surface3DPanel(field: bowl, elevation: -90, paths: [weird])),
            ("tiny mesh", Surface3DPanel(field: bowl, meshSize: -3, paths: [weird])),
        ]
    }()

    @Test("odd data never produces a non-finite coordinate", arguments: oddPanels.indices)
    func finite(_ index: Int) {
        let (name, panel) = Self.oddPanels[index]
        let group = Surface3DLayout(measurer: Surface3DFixtures.Measurer()).group(for: panel, in: Surface3DFixtures.rect, theme: .light)
        #expect(Surface3DFixtures.nonFinite(in: group).isEmpty, "\(name)")
        #expect(group.name == "panel.surface3d")
    }

    @Test("a degenerate rectangle still gives finite output")
    func degenerateRect() {
        let layout = Surface3DLayout(measurer: Surface3DFixtures.Measurer())
        for rect in [Rect(x: 0, y: 0, width: 0, height: 0), Rect(x: .nan, y: 3, width: .infinity, height: -5)] {
            let group = layout.group(for: Surface3DPanel(title: "t", field: Surface3DFixtures.bowl), in: rect, theme: .dark)
            #expect(Surface3DFixtures.nonFinite(in: group).isEmpty)
        }
    }

    @Test("the panel has its named parts, and the box with its labels stays inside the rectangle")
    func parts() throws {
        let panel = Surface3DPanel(title: "Bowl", field: Surface3DFixtures.bowl, paths: [
            PathSeries(id: "a", style: Self.style, xs: [-1.8, -1, 0], ys: [1.6, 0.5, 0]),
        ])
        let group = Surface3DFixtures.compose(panel).group
        for name in ["title", "panes", "surface", "axes", "marks"] {
            #expect(group.groups { $0 == name }.count == 1, "\(name)")
        }
        let r = Surface3DFixtures.rect
        for case .shape(let shape) in try #require(group.groups { $0 == "panes" }.first).leaves {
            for case .move(let p) in shape.path.elements {
                #expect(p.x >= r.minX - 1e-9 && p.x <= r.maxX + 1e-9 && p.y >= r.minY - 1e-9 && p.y <= r.maxY + 1e-9)
            }
        }
        let labels = try #require(group.groups { $0 == "axes" }.first).leaves.compactMap { node -> TextItem? in
            if case .text(let t) = node { t } else { nil }
        }
        #expect(labels.contains { $0.text == "x" } && labels.contains { $0.text == "y" } && labels.contains { $0.text == "f(x, y)" })
        let measurer = Surface3DFixtures.Measurer()
        for t in labels {
            let e = measurer.measure(t.text, markup: t.markup, style: t.style)
            let (w, h) = t.rotation == 0 ? (e.width, e.height) : (e.height, e.width)
            #expect(t.position.x - w / 2 >= r.minX - 0.5 && t.position.x + w / 2 <= r.maxX + 0.5, "\(t.text)")
            #expect(t.position.y - h / 2 >= r.minY - 0.5 && t.position.y + h / 2 <= r.maxY + 0.5, "\(t.text)")
        }
    }

    /// The z ticks of x^2 + 3 y^2 on [-2, 2]^2 run over 0...16; the x and y ticks over -2...2.
    @Test("tick labels follow the data")
    func ticks() throws {
        let composition = Surface3DFixtures.compose(Surface3DPanel(field: Surface3DFixtures.bowl))
        let mesh = try #require(composition.mesh)
        #expect(mesh.scale.minimum == 0 && mesh.scale.maximum == 16)
        let axes = BoxAxes(box: mesh.box, scale: mesh.scale, labels: ("x", "y", "z"), theme: .light,
                           typography: Typography(theme: .light), measurer: Surface3DFixtures.Measurer())
        let t = axes.ticks(composition.projection)
        #expect(t.x.first?.value == -2 && t.x.last?.value == 2)
        #expect(t.z.allSatisfy { $0.value >= 0 && $0.value <= 16 } && t.z.count >= 2)
    }

    @Test("a start behind a hill is drawn with its quad, one in plain view on top")
    func markVisibility() throws {
        let panel = Surface3DPanel(field: DepthSortedSurfaceTests.hill, azimuth: -90, elevation: 20, paths: [
            PathSeries(id: "hidden", style: Self.style, xs: [0.05, 0.35], ys: [1.25, 1.25]),
            PathSeries(id: "seen", style: Self.style, xs: [0.05, 0.35], ys: [-1.25, -1.25]),
        ])
        let composition = Surface3DFixtures.compose(panel)
        let surface = try #require(composition.surface)
        // Each run has a start and an end mark: the hidden run's two go with their quads, the other's on top.
        #expect(surface.items.filter { if case .marks = $0 { true } else { false } }.count == 2)
        let top = try #require(composition.group.groups { $0 == "marks" }.first)
        #expect(top.children.count == 2)
    }
}
