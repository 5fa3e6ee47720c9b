import DescentScene
import Testing
@testable import DescentPlot

/// One label placer for a map: critical-point labels, step numbers, snapshots and divergence
/// labels never overlap each other and stay inside the plot; two ✕ marks at one place are offset.
@Suite struct LabelPlacerTests {
    let measurer = ApproximateMeasurer()

    /// A crowded map: eight labelled critical points within a unit square, a path through them
    /// with every step labelled and two snapshots, and two runs diverging at the same place.
    func crowdedScene() -> Scene {
        let field = ScalarField(x: -3...3, y: -3...3, columns: 40, rows: 40) { x, y in x * x + y * y }
        var points: [MarkedPoint] = []
        for i in 0..<8 {
            let x: Double = -0.5 + Double(i % 4) * 0.3
            let y: Double = Double(i / 4) * 0.35
            let isMinimum = i % 2 == 0
            points.append(MarkedPoint(x: x, y: y, kind: isMinimum ? .minimum : .saddle, label: isMinimum ? "min" : "saddle"))
        }
        let xs: [Double] = (0...30).map { -1.5 + Double($0) * 0.08 }
        let ys: [Double] = xs.map { 0.3 * $0 }
        let style = SeriesStyle(color: Color(hex: 0x0072B2))
        let paths = [
            PathSeries(id: "steps", style: style, xs: xs, ys: ys, dotsEvery: 1, stepLabels: true, snapshots: [5, 12]),
            PathSeries(id: "a", style: style, xs: [0, 2, 5], ys: [0, 2, 5], divergedAtStep: 2),
            PathSeries(id: "b", style: SeriesStyle(color: Color(hex: 0xD55E00)), xs: [0.1, 2, 5], ys: [0, 2, 5], divergedAtStep: 2),
        ]
        let panel = ContourPanel(field: field, markedPoints: points, paths: paths)
        return FigureLayout(measurer: measurer).scene(for: Figure(layout: .panel(.contour(panel))))
    }

    /// The boxes of the haloed labels on the map (tick labels and titles have no halo).
    func labelBoxes(_ scene: Scene) -> [(String, Rect)] {
        SceneWalker.texts(in: scene.root).filter { $0.halo != nil }.map { t in
            let e = measurer.measure(t.text, markup: t.markup, style: t.style)
            return (t.text, Rect(x: t.position.x, y: t.position.y, width: e.width, height: e.height))
        }
    }

    @Test func noTwoLabelsOverlapOnACrowdedMap() throws {
        let scene = crowdedScene()
        let boxes = labelBoxes(scene)
        let plot = try #require(scene.root.groups { $0 == "bands" }.first?.clip)
        #expect(boxes.filter { $0.0 == "min" }.count == 4 && boxes.filter { $0.0 == "saddle" }.count == 4, "every critical point keeps its label")
        #expect(boxes.contains { $0.0 == "t=5" } && boxes.contains { $0.0 == "t=12" })
        #expect(boxes.filter { $0.0.hasPrefix("diverged") }.count == 2)
        for i in boxes.indices {
            let (text, box) = boxes[i]
            #expect(box.minX >= plot.minX - 1e-6 && box.maxX <= plot.maxX + 1e-6 && box.minY >= plot.minY - 1e-6 && box.maxY <= plot.maxY + 1e-6, "\(text) leaves the plot")
            for j in boxes.indices where j > i {
                #expect(LabelPlacer.intersection(box, boxes[j].1) < 1e-6, "'\(text)' overlaps '\(boxes[j].0)'")
            }
        }
    }

    /// Both runs leave the map through the same corner: their ✕ marks are drawn side by side,
    /// 10 pt apart, not on top of each other.
    @Test func twoCrossesAtOnePlaceAreOffset() throws {
        let scene = crowdedScene()
        func center(_ id: String) throws -> Point {
            let end = try #require(scene.root.groups { $0 == "series.\(id).end" }.first)
            let points = SceneWalker.shapes(in: end).flatMap { SceneWalker.points(of: $0.path) }
            let xs = points.map(\.x), ys = points.map(\.y)
            return Point(((xs.min() ?? 0) + (xs.max() ?? 0)) / 2, ((ys.min() ?? 0) + (ys.max() ?? 0)) / 2)
        }
        let a = try center("a"), b = try center("b")
        #expect(abs(abs(a.x - b.x) - 10) < 1e-6 && abs(a.y - b.y) < 1e-6, "\(a) \(b)")
    }

    /// On a small map a run bouncing up and down the middle and diverging at the bottom leaves
    /// no room beside its ✕ for "diverged at step 24" on one line: the label breaks in two and
    /// keeps off the line; a label that fits stays on one line.
    @Test func aLongLabelBreaksInTwoWhereOneLineWouldCrossAPath() throws {
        let field = ScalarField(x: -3...3, y: -2...2, columns: 20, rows: 20) { x, y in x * x + y * y }
        let ys: [Double] = (0..<24).map { (k: Int) -> Double in
            let size = 0.3 + 0.1 * Double(k)
            return k % 2 == 0 ? size : -size
        }
        let path = PathSeries(id: "bounce", style: SeriesStyle(color: .black), xs: ys.map { _ in 0 }, ys: ys, divergedAtStep: 24)
        let panel = ContourPanel(field: field, paths: [path], xLabel: "", yLabel: "")
        let scene = FigureLayout(measurer: measurer).scene(for: Figure(size: Size(width: 260, height: 180), layout: .panel(.contour(panel))))
        let label = try #require(labelBoxes(scene).first { $0.0.hasPrefix("diverged") })
        #expect(label.0 == "diverged\nat step 24")
        #expect(LabelPlacer.brokenInTwo("diverged at step 146") == "diverged at\nstep 146")
        #expect(LabelPlacer.brokenInTwo("min") == nil && LabelPlacer.brokenInTwo("<b>a</b> b") == nil)
    }
}
