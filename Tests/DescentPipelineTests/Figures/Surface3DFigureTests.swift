import DescentPlot
import DescentScene
import Testing
@testable import DescentPipeline

@Suite("surface3d figures from a lesson")
struct Surface3DFigureTests {
    @Test("the view takes its angles, the runs' paths and Himmelblau's four minima")
    func takesOptionsAndPaths() throws {
        let figure = try FigureFixture.figure("surface3d", "view")
        guard case .surface3d(let panel)? = FigureFixture.panel(figure) else { Issue.record("not a 3D surface"); return }
        #expect(panel.azimuth == -50 && panel.elevation == 40)
        #expect(panel.paths.map(\.id) == ["sgd", "adam"])
        #expect(panel.paths.allSatisfy { $0.xs.count == 61 && $0.xs.first == 0 && $0.ys.first == 0 })
        // Himmelblau's minima all have f = 0: (3, 2), (-2.805118, 3.131312), (-3.779310, -3.283186), (3.584428, -1.848126).
        #expect(panel.markedPoints.filter { $0.kind == .minimum }.count == 4)
        #expect(figure.legend.map(\.id) == ["sgd", "adam"])
    }

    @Test("in a layout the 3D view draws its own box beside the loss panel's axes")
    func layoutScene() throws {
        let figure = try FigureFixture.figure("surface3d", "overview")
        let scene = FigureLayout(measurer: FixedWidthMeasurer()).scene(for: figure)
        #expect(scene.root.groups { $0 == "panel.surface3d" }.count == 1)
        #expect(scene.root.groups { $0 == "panel.lines" }.count == 1)
    }
}
