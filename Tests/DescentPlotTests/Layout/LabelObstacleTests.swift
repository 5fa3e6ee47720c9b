import DescentScene
import Testing
@testable import DescentPlot

/// The label placer's obstacles beyond labels and markers: drawn paths (by how much line a box
/// covers), in-plot boxes and the plot's edge; and its preference for the nearest free spot.
@Suite struct LabelObstacleTests {
    let measurer = ApproximateMeasurer()
    let bounds = Rect(x: 0, y: 0, width: 400, height: 300)
    var marks: Marks { Marks(theme: .light, typography: Typography(theme: .light), measurer: measurer) }

    /// The box of a placed label (its text item's top-left corner and measured extent).
    func box(_ node: SceneNode?) throws -> Rect {
        guard case .text(let t) = try #require(node) else { throw Expectation.notText }
        let e = measurer.measure(t.text, markup: t.markup, style: t.style)
        return Rect(x: t.position.x, y: t.position.y, width: e.width, height: e.height)
    }

    enum Expectation: Error { case notText }

    /// True when the segment `a`-`b` passes through `box`.
    func crosses(_ a: Point, _ b: Point, _ box: Rect) -> Bool {
        PolylineClipper.clipSegment(a, b, to: box) != nil
    }

    @Test func aFreeBoxCostsNothing() {
        var placer = LabelPlacer(marks: marks, bounds: bounds, markers: [Point(50, 50)])
        placer.avoid(paths: [[Point(0, 250), Point(400, 250)]])
        #expect(placer.cost(of: Rect(x: 150, y: 100, width: 40, height: 12), labelling: nil) == 0)
        #expect(placer.cost(of: Rect(x: 150, y: 244, width: 40, height: 12), labelling: nil) > 0.9, "a line through the box costs about one")
        #expect(placer.cost(of: Rect(x: 45, y: 45, width: 40, height: 12), labelling: nil) >= 10, "covering a marker costs more than any line")
    }

    /// A horizontal line 100 points long inside the box measures about 100 points (cells are
    /// 2 points); a line beside the box measures nothing.
    @Test func coverageMeasuresTheLineInsideABox() {
        var coverage = PathCoverage(bounds: bounds, cell: 2)
        coverage.add([[Point(50, 101), Point(150, 101)], [Point(50, 200), Point(350, 200)]])
        let inside = coverage.length(in: Rect(x: 40, y: 90, width: 120, height: 20))
        #expect(inside >= 100 && inside <= 106, "\(inside)")
        #expect(coverage.length(in: Rect(x: 40, y: 120, width: 120, height: 60)) == 0)
    }

    /// With no path the label goes right below its anchor; a path through that spot sends it to
    /// another spot next to the anchor that the path misses.
    @Test func aPathThroughTheDefaultSpotMovesTheLabel() throws {
        let anchor = Point(200, 150)
        var free = LabelPlacer(marks: marks, bounds: bounds)
        let first = try box(free.label("saddle", near: anchor, color: .black))
        #expect(first.minX > anchor.x && first.minY > anchor.y)
        let a = Point(first.minX - 30, first.center.y), b = Point(first.maxX + 30, first.center.y)
        var blocked = LabelPlacer(marks: marks, bounds: bounds)
        blocked.avoid(paths: [[a, b]])
        let moved = try box(blocked.label("saddle", near: anchor, color: .black))
        #expect(moved != first)
        #expect(!crosses(a, b, moved.inset(top: -1, left: -1, bottom: -1, right: -1)), "\(moved) still crosses the path")
        #expect(LabelPlacer.distance(anchor, moved) < 8, "the free spot next to the anchor wins: \(moved)")
    }

    /// A formula box over the default spot is avoided like a marker.
    @Test func anInPlotBoxIsAvoided() throws {
        let anchor = Point(200, 150)
        var placer = LabelPlacer(marks: marks, bounds: bounds)
        let formula = Rect(x: 190, y: 140, width: 120, height: 40)
        placer.avoid(formula)
        let label = try box(placer.label("min", near: anchor, color: .black))
        #expect(LabelPlacer.intersection(label, formula) == 0, "\(label)")
    }

    /// Anchors in every corner and at the edges: each label, however long, stays inside the plot.
    @Test func labelsStayInsideThePlot() throws {
        let anchors = [Point(0, 0), Point(400, 0), Point(0, 300), Point(400, 300), Point(399, 150), Point(200, 299)]
        for anchor in anchors {
            var placer = LabelPlacer(marks: marks, bounds: bounds)
            let label = try box(placer.label("validation minimum (1.91, −0.82)", near: anchor, color: .black))
            #expect(label.minX >= bounds.minX && label.maxX <= bounds.maxX && label.minY >= bounds.minY && label.maxY <= bounds.maxY, "\(label) for \(anchor)")
        }
        var notes = LabelPlacer(marks: marks, bounds: bounds)
        let note = notes.box(width: 200, height: 14, centeredAt: Point(390, 100))
        #expect(note.minX >= bounds.minX && note.maxX <= bounds.maxX, "a note asked for at the edge is pushed inside: \(note)")
    }

    /// Snapshot labels of one spot (two rings a point apart, like t=100 and t=150 of a settled
    /// run) are both kept and do not overlap each other or either ring.
    @Test func labelsOfOneSpotDoNotOverlap() throws {
        let u = marks.typography.unit, rings = [Point(200, 150), Point(201, 150.5)]
        var placer = LabelPlacer(marks: marks, bounds: bounds)
        for p in rings { placer.avoid(p, radius: StepMarksLayout.snapshotRadius * u) }
        let a = try box(placer.label("t=100", near: rings[0], color: .black, weight: .bold))
        let b = try box(placer.label("t=150", near: rings[1], color: .black, weight: .bold))
        #expect(LabelPlacer.intersection(a, b) == 0, "\(a) \(b)")
        for p in rings {
            let ring = Rect(x: p.x - 5.5 * u, y: p.y - 5.5 * u, width: 11 * u, height: 11 * u)
            #expect(LabelPlacer.intersection(a, ring) == 0 && LabelPlacer.intersection(b, ring) == 0)
        }
    }

    /// A label whose near spots are all closer to another marker than to its own point goes
    /// where it is nearest its own point, even a little farther out.
    @Test func aLabelDoesNotSeemToNameAnotherPoint() throws {
        let anchor = Point(200, 150), other = Point(240, 165)
        var placer = LabelPlacer(marks: marks, bounds: bounds, markers: [anchor, other])
        let label = try box(placer.label("max", near: anchor, color: .black))
        #expect(LabelPlacer.distance(anchor, label) <= LabelPlacer.distance(other, label), "\(label)")
    }
}
