import DescentLesson
import DescentNumerics
import DescentPlot
import Testing
@testable import DescentPipeline

@Suite("heatmap, basins and grid figures from a lesson")
struct MapFigureTests {
    @Test func heatmapTakesItsOptions() throws {
        let figure = try FigureFixture.figure("heatmap", "image")
        guard case .heatmap(let panel)? = FigureFixture.panel(figure) else { Issue.record("not a heatmap"); return }
        #expect(panel.scale == .logarithmic)
        #expect(panel.colormap == .magma)
        #expect(FigureKind.heatmap.option("resolution")?.defaultValue == .number(Double(panel.field.columns)))
        // Rosenbrock's minimum is f(1, 1) = 0.
        #expect(panel.markedPoints.contains { $0.kind == .minimum && abs($0.x - 1) < 1e-9 && abs($0.y - 1) < 1e-9 })
        #expect(figure.legend.isEmpty)
    }

    /// A start at the center of the cell holding a minimum is a step or two from that minimum, so
    /// plain SGD (lr 0.01, 100 steps) ends there; each of Himmelblau's 4 minima must own its cell.
    @Test func basinsOwnTheirMinimumsCell() throws {
        let figure = try FigureFixture.figure("basins", "basins")
        let panels = FigureFixture.panels(figure.layout).compactMap { if case .basins(let p) = $0 { return p } else { return nil } }
        #expect(panels.map(\.title) == ["SGD", "Momentum"])
        let sgd = try #require(panels.first)
        #expect(sgd.basins.count == 12 * 12)
        #expect(sgd.minima.count == 4)
        for (i, m) in sgd.minima.enumerated() {
            let column = Int((m.x + 5) / 10 * 12), row = Int((m.y + 5) / 10 * 12)
            #expect(sgd.basins[row * 12 + column] == i, "minimum \(i) at (\(m.x), \(m.y))")
        }
        #expect(Set(sgd.basins.compactMap { $0 }) == [0, 1, 2, 3])
    }

    @Test func classifyNeedsToEndNearAMinimum() {
        var end = RunEndpoint(point: Vec2(1.05, 0))
        let minima = [Vec2(-1, 0), Vec2(1, 0)]
        #expect(BasinMaps.classify(end, minima: minima, radius: 0.1) == 1)
        #expect(BasinMaps.classify(end, minima: minima, radius: 0.01) == nil)
        end.divergence = Divergence(step: 1, lastPoint: Vec2(0, 0), reason: .notFinite)
        #expect(BasinMaps.classify(end, minima: minima, radius: 0.1) == nil)
    }

    @Test func gridHasOnePanelPerRunWithSharedScales() throws {
        let figure = try FigureFixture.figure("grid", "multiples")
        let panels = FigureFixture.panels(figure.layout).compactMap { if case .contour(let p) = $0 { return p } else { return nil } }
        #expect(panels.count == 3)
        #expect(panels.map { $0.paths.map(\.id) } == [["sgd-lr-0.05"], ["sgd-lr-0.1"], ["sgd-lr-0.3"]])
        #expect(panels.allSatisfy { $0.field == panels[0].field && $0.levels == panels[0].levels })
        #expect(figure.legend.count == 3)
    }

    @Test(arguments: [
        (3, nil, nil, 1, 3), (4, nil, nil, 2, 2), (7, nil, nil, 3, 3), (10, nil, nil, 3, 4), (1, nil, nil, 1, 1),
        (5, 1, nil, 1, 5), (5, nil, 2, 3, 2), (6, 2, 2, 2, 2),
    ] as [(Int, Int?, Int?, Int, Int)])
    func gridShape(count: Int, rows: Int?, columns: Int?, expectedRows: Int, expectedColumns: Int) {
        let shape = GridLayoutBuilder.shape(count: count, rows: rows, columns: columns)
        #expect(shape.rows == expectedRows && shape.columns == expectedColumns)
    }
}
