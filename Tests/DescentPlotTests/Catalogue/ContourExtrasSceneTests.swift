import DescentScene
import Foundation
import Testing
@testable import DescentPlot

@Suite("contour extras in the scene")
struct ContourExtrasSceneTests {
    @Test func dotsStepLabelsAndSnapshots() throws {
        let path = CatalogueScenes.straightPath(steps: 40)
        let series = PathSeries(id: "sgd", style: CatalogueScenes.style, xs: path.xs, ys: path.ys, dotsEvery: 10, stepLabels: true, snapshots: [10, 30, 99])
        let scene = CatalogueScenes.scene(.contour(ContourPanel(field: CatalogueScenes.bowl, paths: [series])))
        let steps = try #require(CatalogueScenes.group(scene, "series.sgd.steps"))
        // Dots at steps 0, 10, 20, 30, 40: one path with five circles.
        let dots = try #require(SceneWalker.shapes(in: steps).first)
        #expect(SceneWalker.subpaths(of: dots.path).count == 5)
        let texts = SceneWalker.texts(in: steps).map(\.text)
        // Step 0 is not labelled; step 99 was never reached.
        #expect(texts.filter { Int($0) != nil } == ["10", "20", "30", "40"])
        #expect(texts.filter { $0.hasPrefix("t=") } == ["t=10", "t=30"])
        #expect(SceneWalker.nonFiniteValues(in: scene).isEmpty)
    }

    @Test func crowdedStepLabelsAreThinned() throws {
        let path = CatalogueScenes.straightPath(steps: 400)
        let series = PathSeries(id: "sgd", style: CatalogueScenes.style, xs: path.xs, ys: path.ys, dotsEvery: 1, stepLabels: true)
        let scene = CatalogueScenes.scene(.contour(ContourPanel(field: CatalogueScenes.bowl, paths: [series])))
        let steps = try #require(CatalogueScenes.group(scene, "series.sgd.steps"))
        let labels = SceneWalker.texts(in: steps)
        #expect(labels.count > 3 && labels.count < 60)
    }

    @Test func gradientFieldArrowsHaveEqualLength() throws {
        let arrows = [(1.0, 0.0, 1e-9, 0.0), (-1.0, 1.0, 0.0, 50.0), (0.5, -0.5, 3.0, 4.0), (0.0, 0.0, 0.0, 0.0)]
            .map { VectorField.Arrow(x: $0.0, y: $0.1, dx: $0.2, dy: $0.3) }
        let panel = ContourPanel(field: CatalogueScenes.bowl, gradientField: VectorField(arrows: arrows, cellsPerSide: 8))
        let group = try #require(CatalogueScenes.group(CatalogueScenes.scene(.contour(panel)), "gradient-field"))
        let shafts = try #require(SceneWalker.shapes(in: group).first)
        let lengths = SceneWalker.subpaths(of: shafts.path).map { s in
            hypot(s.points[1].x - s.points[0].x, s.points[1].y - s.points[0].y)
        }
        // The zero vector is skipped; the others are drawn equally long, however long they are.
        #expect(lengths.count == 3)
        #expect(lengths.allSatisfy { abs($0 - lengths[0]) < 1e-9 })
        // Data +y points up the page: the second arrow's shaft runs toward smaller device y.
        let up = SceneWalker.subpaths(of: shafts.path)[1].points
        #expect(up[1].y < up[0].y)
    }

    @Test func colorbarShowsOneCellPerBand() throws {
        let panel = ContourPanel(field: CatalogueScenes.bowl, levels: .linear(count: 7), showsColorbar: true)
        let scene = CatalogueScenes.scene(.contour(panel))
        let bar = try #require(CatalogueScenes.group(scene, "colorbar"))
        // 8 filled bands and the frame; 7 levels at (i / 8) * 8 = i for f in [0, 8].
        #expect(SceneWalker.shapes(in: bar).filter { $0.fill != nil }.count == 8)
        #expect(SceneWalker.texts(in: bar).map(\.text).prefix(7) == ["1", "2", "3", "4", "5", "6", "7"])
        // The bar sits right of the plot, inside the page.
        let plot = try #require(CatalogueScenes.group(scene, "bands")?.clip)
        let xs = SceneWalker.shapes(in: bar).flatMap { SceneWalker.points(of: $0.path) }.map(\.x)
        #expect(xs.allSatisfy { $0 > plot.maxX && $0 < scene.size.width })
        #expect(CatalogueScenes.group(CatalogueScenes.scene(.contour(ContourPanel(field: CatalogueScenes.bowl))), "colorbar") == nil)
    }

    @Test func annotationsPointAtTheirTarget() throws {
        let panel = ContourPanel(field: CatalogueScenes.bowl, annotations: [Annotation("saddle", x: 0, y: 0, textX: 1, textY: 1)])
        let group = try #require(CatalogueScenes.group(CatalogueScenes.scene(.contour(panel)), "annotations"))
        #expect(SceneWalker.texts(in: group).map(\.text) == ["saddle"])
        #expect(SceneWalker.shapes(in: group).count == 2, "a shaft and an arrowhead")
    }

    @Test func crowdedMinimaShrinkExceptTheLabelledOne() throws {
        var points = (0..<20).map { MarkedPoint(x: -1.8 + 0.18 * Double($0), y: 1, kind: .minimum) }
        points.append(MarkedPoint(x: 0, y: 0, kind: .minimum, label: "global min"))
        let scene = CatalogueScenes.scene(.contour(ContourPanel(field: CatalogueScenes.bowl, markedPoints: points)))
        let group = try #require(CatalogueScenes.group(scene, "marked-points"))
        let widths = SceneWalker.shapes(in: group).map { shape in
            let xs = SceneWalker.points(of: shape.path).map(\.x)
            return (xs.max() ?? 0) - (xs.min() ?? 0)
        }
        #expect(widths.count == 21)
        let small = try #require(widths.first), big = try #require(widths.last)
        #expect(abs(small - big / 2) < 1e-9)
        #expect(SceneWalker.texts(in: group).map(\.text) == ["global min"])
    }
}
