import DescentNumerics
import DescentPlot
import Testing
@testable import DescentPipeline

@Suite("contour figure from a lesson")
struct ContourFigureTests {
    @Test func optionsReachThePaths() throws {
        let figure = try FigureFixture.figure("contour", "map")
        guard case .contour(let panel)? = FigureFixture.panel(figure) else { Issue.record("not a contour panel"); return }
        #expect(panel.paths.map(\.id) == ["sgd", "sgd-2"])
        for path in panel.paths {
            #expect(path.dotsEvery == 10)
            #expect(path.stepLabels)
            #expect(path.snapshots == [10, 50])
        }
        #expect(panel.showsColorbar)
        #expect(figure.legend.map(\.label) == ["SGD", "Too fast"])
    }

    /// `zoom: [2, 4, 1, 3.5]` samples the surface over that rectangle only, while the unzoomed map of
    /// the same lesson (same resolution, so the same field cache entry were it keyed by resolution
    /// alone) still spans Himmelblau's domain [-5, 5]^2; of the four minima only (3, 2) lies inside.
    @Test func zoomShowsOnlyItsRectangle() throws {
        let lesson = try FigureFixture.compile("contour")
        func panel(_ name: String) -> ContourPanel? {
            guard let figure = lesson.figures.first(where: { $0.request.name == name })?.figure,
                  case .contour(let panel)? = FigureFixture.panel(figure) else { return nil }
            return panel
        }
        let zoomed = try #require(panel("zoomed")), full = try #require(panel("map"))
        #expect(zoomed.field.x == 2...4 && zoomed.field.y == 1...3.5)
        #expect(full.field.x == -5...5 && full.field.y == -5...5)
        let minima = zoomed.markedPoints.filter { $0.label == "min" }
        #expect(minima.count == 1 && minima.allSatisfy { abs($0.x - 3) < 1e-6 && abs($0.y - 2) < 1e-6 })
    }

    /// Himmelblau's 4 minima, 4 saddles and 1 maximum (Himmelblau 1972) all lie in [-5, 5]^2 and
    /// are few enough to label every one.
    @Test func criticalPointsAreMarkedAndLabelled() throws {
        guard case .contour(let panel)? = FigureFixture.panel(try FigureFixture.figure("contour", "map")) else { return }
        let labels = panel.markedPoints.compactMap(\.label)
        #expect(labels.filter { $0 == "min" }.count == 4)
        #expect(labels.filter { $0 == "saddle" }.count == 4)
        #expect(labels.filter { $0 == "max" }.count == 1)
    }

    /// Each arrow points along -grad f of f = (x^2 + y - 11)^2 + (x + y^2 - 7)^2:
    /// df/dx = 4x(x^2 + y - 11) + 2(x + y^2 - 7), df/dy = 2(x^2 + y - 11) + 4y(x + y^2 - 7).
    @Test func gradientFieldIsMinusTheGradient() throws {
        guard case .contour(let panel)? = FigureFixture.panel(try FigureFixture.figure("contour", "map")) else { return }
        let field = try #require(panel.gradientField)
        #expect(field.arrows.count == 17 * 17)
        // The first arrow sits at the center of the bottom-left cell: (-5 + 10/34, -5 + 10/34).
        let a = field.arrows[0], x = -5 + 10.0 / 34, y = -5 + 10.0 / 34
        #expect(abs(a.x - x) < 1e-12 && abs(a.y - y) < 1e-12)
        let gx = 4 * x * (x * x + y - 11) + 2 * (x + y * y - 7)
        let gy = 2 * (x * x + y - 11) + 4 * y * (x + y * y - 7)
        #expect(abs(a.dx + gx) <= 1e-12 * abs(gx))
        #expect(abs(a.dy + gy) <= 1e-12 * abs(gy))
    }

    @Test func crowdedSurfacesLabelOnlyTheGlobalMinimum() throws {
        let surface = try Surfaces.catalog.build("rastrigin")
        let marks = CriticalPointMarks.points(surface, in: surface.defaultDomain)
        #expect(marks.count > CriticalPointMarks.crowd)
        #expect(marks.allSatisfy { $0.kind == .minimum })
        // Rastrigin's global minimum is f(0, 0) = 0.
        let labelled = marks.filter { $0.label != nil }
        #expect(labelled.count == 1)
        #expect(labelled.first.map { abs($0.x) < 1e-9 && abs($0.y) < 1e-9 } == true)
    }
}
