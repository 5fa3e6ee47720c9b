import DescentScene
import Testing
@testable import DescentPlot

/// The scene of an animation frame is the still figure's scene truncated at the frame's step:
/// the same static part, every path and curve cut to the step, the end marks where the runs stand.
@Suite("Animation frames")
struct FigureFrameTests {
    static let steps = 40
    static let still = SampleFigures.composed(steps: steps).pinnedAxes()
    static var layout: FigureLayout { FigureLayout(measurer: ApproximateMeasurer()) }

    /// The vertices of every shape of the groups named `name` (depth first).
    static func points(_ scene: Scene, group name: String) -> [[Point]] {
        scene.root.groups { $0 == name }.map { group in
            group.leaves.flatMap { node -> [Point] in
                guard case .shape(let shape) = node else { return [] }
                return shape.path.elements.compactMap { element in
                    if case .move(let p) = element { return p }
                    if case .line(let p) = element { return p }
                    return nil
                }
            }
        }
    }

    /// The first shape's polyline in each `series.<id>` group: the path on the map, then the
    /// curves of the two line panels.
    static func firstPolyline(_ scene: Scene, id: String) -> [[Point]] {
        scene.root.groups { $0 == "series.\(id)" }.map { group in
            guard case .shape(let shape)? = group.leaves.first(where: { if case .shape = $0 { true } else { false } }) else { return [] }
            return shape.path.elements.compactMap { element in
                if case .move(let p) = element { return p }
                if case .line(let p) = element { return p }
                return nil
            }
        }
    }

    @Test(arguments: [0, 1, 7, 25])
    func frameKIsTheStillTruncatedAtStepK(k: Int) {
        let full = Self.layout.scene(for: Self.still)
        let frame = Self.layout.scene(for: Self.still.frame(atStep: Double(k)))
        for id in SampleFigures.ids {
            let stillLines = Self.firstPolyline(full, id: id), frameLines = Self.firstPolyline(frame, id: id)
            #expect(stillLines.count == 3 && frameLines.count == 3)
            // The map's path: points 0...k of the still's 41 (k + 1 of them; a single point draws no line).
            #expect(stillLines[0].count == Self.steps + 1)
            if k > 0 { #expect(frameLines[0] == Array(stillLines[0].prefix(k + 1))) }
            // The curves against step: points at steps 0...k, the same as the still's.
            for panel in 1...2 where k > 0 {
                #expect(frameLines[panel] == Array(stillLines[panel].prefix(k + 1)), "\(id) panel \(panel)")
            }
        }
        // The surface, the axes and the legend do not move: the bands and contour lines are the still's.
        #expect(full.root.groups { $0 == "bands" } == frame.root.groups { $0 == "bands" })
        #expect(full.root.groups { $0 == "contour-lines" } == frame.root.groups { $0 == "contour-lines" })
        #expect(full.root.groups { $0 == "legend" } == frame.root.groups { $0 == "legend" })
    }

    /// The end mark (the run's filled marker) stands at the path's point k: the last vertex of the
    /// frame's path is the still's vertex k, and halfway to step k + 1 it is the midpoint.
    @Test func theRunsStandAtTheirStep() {
        let full = Self.firstPolyline(Self.layout.scene(for: Self.still), id: "adam")[0]
        let frame = Self.firstPolyline(Self.layout.scene(for: Self.still.frame(atStep: 10)), id: "adam")[0]
        #expect(frame.last == full[10])
        let half = Self.firstPolyline(Self.layout.scene(for: Self.still.frame(atStep: 10.5)), id: "adam")[0]
        #expect(half.count == 12)
        let mid = half[11]
        #expect(abs(mid.x - (full[10].x + full[11].x) / 2) < 1e-9)
        #expect(abs(mid.y - (full[10].y + full[11].y) / 2) < 1e-9)
    }

    /// At the last step the frame draws the still, plus the cursor at the last step.
    @Test func theLastFrameIsTheStill() {
        let full = Self.layout.scene(for: Self.still)
        let last = Self.layout.scene(for: Self.still.frame(atStep: Double(Self.steps)))
        for id in SampleFigures.ids { #expect(Self.firstPolyline(full, id: id) == Self.firstPolyline(last, id: id)) }
        #expect(full.root.groups { $0 == "axes" } == last.root.groups { $0 == "axes" })
    }

    /// A diverged run's mark appears only once the frame reaches its step.
    @Test func theDivergenceMarkComesAtItsStep() {
        var path = PathSeries(id: "sgd", style: SampleFigures.styles[0], xs: [0, 1, 2, 3], ys: [0, 1, 4, 9], divergedAtStep: 3, snapshots: [1, 3])
        path = path.truncated(atStep: 2)
        #expect(path.xs == [0, 1, 2])
        #expect(path.divergedAtStep == nil)
        #expect(path.snapshots == [1])
        let line = LineSeries(id: "sgd", style: SampleFigures.styles[0], xs: [0, 1, 2, 3], ys: [1, 2, 4, 8], divergedAt: 3).truncated(atX: 2.5)
        #expect(line.xs == [0, 1, 2, 2.5])
        #expect(line.ys == [1, 2, 4, 6])
        #expect(line.divergedAt == nil)
        // A seed band is cut with its curve: 10-90 % edges interpolated at 2.5; an infinite edge
        // (members that diverged) is cut without a point between.
        let band = LineBand(id: "sgd.band", color: .black, xs: [0, 1, 2, 3], lows: [0, 1, 2, 3], highs: [2, 4, 6, 8]).truncated(atX: 2.5)
        #expect(band.xs == [0, 1, 2, 2.5] && band.lows == [0, 1, 2, 2.5] && band.highs == [2, 4, 6, 7])
        let open = LineBand(id: "b", color: .black, xs: [0, 1, 2], lows: [0, 1, 2], highs: [1, 2, .infinity]).truncated(atX: 1.5)
        #expect(open.xs == [0, 1] && open.highs == [1, 2])
    }

    /// A frame shows the schedule's events that have happened: at step 60 the restart at 50, not
    /// the one at 100; the cursor is added at 60.
    @Test func laterEventsAreNotShownYet() throws {
        var panel = LinePanel(yLabel: "lr", series: [LineSeries(id: "a", style: SampleFigures.styles[0], xs: [0, 100, 200], ys: [1, 1, 1])])
        panel.verticalMarkers = [VerticalMarker(x: 50, label: "restart", color: .black), VerticalMarker(x: 100, label: "restart", color: .black)]
        let frame = Figure(layout: .panel(.lines(panel))).frame(atStep: 60)
        guard case .panel(.lines(let shown)) = frame.layout else { Issue.record("not a line panel"); return }
        #expect(shown.verticalMarkers.map(\.x) == [50, 60])
    }

    /// Pinning keeps the axes the whole data gives: a frame at step 0 has the still's y range.
    @Test func pinnedAxesDoNotMove() {
        let full = Self.layout.scene(for: Self.still)
        let first = Self.layout.scene(for: Self.still.frame(atStep: 0))
        #expect(Self.points(full, group: "grid") == Self.points(first, group: "grid"))
    }
}
