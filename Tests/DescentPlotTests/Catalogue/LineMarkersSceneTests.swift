import DescentScene
import Testing
@testable import DescentPlot

@Suite("line panel markers, notes and log x in the scene")
struct LineMarkersSceneTests {
    static let steps = (0...100).map(Double.init)

    @Test func verticalMarkersWithLabels() throws {
        let series = LineSeries(id: "sgd", style: CatalogueScenes.style, xs: Self.steps, ys: Self.steps.map { $0 < 50 ? 0.1 : 0.01 })
        let panel = LinePanel(yLabel: "lr", series: [series], verticalMarkers: [
            VerticalMarker(x: 50, label: "×0.1"), VerticalMarker(x: 51, label: "restart"), VerticalMarker(x: 500, label: "outside"),
        ])
        let scene = CatalogueScenes.scene(.lines(panel))
        let group = try #require(CatalogueScenes.group(scene, "markers"))
        #expect(SceneWalker.texts(in: group).map(\.text) == ["×0.1", "restart"])
        let labels = SceneWalker.texts(in: group)
        // Labels that would overlap are stacked: the second one is a row lower.
        #expect(labels[1].position.y > labels[0].position.y)
        #expect(SceneWalker.shapes(in: group).count == 2)
    }

    @Test func manyMarkersAreDrawnWithoutLabels() throws {
        let series = LineSeries(id: "sgd", style: CatalogueScenes.style, xs: Self.steps, ys: Self.steps)
        let markers = (1...20).map { VerticalMarker(x: Double($0 * 5), label: "×0.5") }
        let group = try #require(CatalogueScenes.group(CatalogueScenes.scene(.lines(LinePanel(yLabel: "lr", series: [series], verticalMarkers: markers))), "markers"))
        #expect(SceneWalker.shapes(in: group).count == 20)
        #expect(SceneWalker.texts(in: group).isEmpty)
    }

    @Test func sweepOnLogLogAxesWithBestAndDiverged() throws {
        let rates = [1e-3, 1e-2, 1e-1]
        let series = LineSeries(id: "sgd", style: CatalogueScenes.style, xs: rates, ys: [1, 0.01, 0.1], showsPoints: true)
        let panel = LinePanel(xLabel: "lr", yLabel: "loss", xScale: .logarithmic, yScale: .logarithmic, series: [series], pointMarkers: [
            PointMarker(x: 1e-2, y: 0.01, label: "best", color: CatalogueScenes.style.color),
            PointMarker(x: 1, y: .nan, label: "", color: CatalogueScenes.style.color, kind: .divergedAtTop),
        ], note: "✕ diverged")
        let scene = CatalogueScenes.scene(.lines(panel))
        let curve = try #require(CatalogueScenes.group(scene, "series.sgd"))
        #expect(SceneWalker.shapes(in: curve).count == 4, "the line and a marker per point")
        let points = try #require(CatalogueScenes.group(scene, "point-markers"))
        #expect(SceneWalker.texts(in: points).map(\.text) == ["best"])
        #expect(SceneWalker.shapes(in: points).count == 4, "ring with halo, x with halo")
        // The diverged rate widens the x axis: its mark lies right of the last point.
        let lastPoint = SceneWalker.shapes(in: curve).last.flatMap { SceneWalker.points(of: $0.path).first }
        let xMark = SceneWalker.shapes(in: points).last.flatMap { SceneWalker.points(of: $0.path).first }
        #expect((xMark?.x ?? 0) > (lastPoint?.x ?? .infinity))
        let note = try #require(CatalogueScenes.group(scene, "note"))
        #expect(SceneWalker.texts(in: note).map(\.text) == ["✕ diverged"])
        #expect(SceneWalker.nonFiniteValues(in: scene).isEmpty)
    }

    @Test func xDomainOverridesTheData() throws {
        let short = LineSeries(id: "a", style: CatalogueScenes.style, xs: [0, 10], ys: [1, 2])
        let scene = CatalogueScenes.scene(.lines(LinePanel(yLabel: "y", xDomain: 0...100, series: [short])))
        let axes = try #require(CatalogueScenes.group(scene, "axes"))
        let texts = SceneWalker.texts(in: axes).map(\.text)
        #expect(texts.contains("100"))
    }
}
