import DescentLesson
import DescentNumerics
import DescentPlot
import DescentScene
import Foundation
import Testing
@testable import DescentPipeline

/// The explanatory kinds: step anatomy, parabola, LR range test, data space and constraint
/// regions. Each expected value is worked by hand from PyTorch's update rules (SGD:
/// `b <- mu*b + g`, `x <- x - lr*b`; Adam: `m <- beta1 m + (1-beta1) g`, `v <- beta2 v + (1-beta2) g^2`,
/// `x <- x - lr/(1-beta1^t) * m / (sqrt(v)/sqrt(1-beta2^t) + eps)`).
@Suite("diagram figure kinds")
struct DiagramFigureTests {
    /// `|a - b| <= 1e-12 * max(1, |b|)`.
    static func near(_ a: Double, _ b: Double, _ tolerance: Double = 1e-12) -> Bool { abs(a - b) <= tolerance * max(1, abs(b)) }

    static func arrow(_ overlays: [Overlay], _ id: String) -> (x0: Double, y0: Double, x1: Double, y1: Double)? {
        guard case let .arrow(x0, y0, x1, y1)? = overlays.first(where: { $0.id == id })?.shape else { return nil }
        return (x0, y0, x1, y1)
    }

    @Test("step anatomy: gradient, buffer and step of momentum at step 2; Adam's m_hat and its rescaled step at step 1")
    func stepAnatomy() throws {
        guard case .contour(let map)? = FigureFixture.panel(try FigureFixture.figure("step-anatomy", "anatomy")) else {
            Issue.record("not a contour panel")
            return
        }
        // f = (x^2 + 4y^2)/2, g = (x, 4y), from (1, 1) with lr 0.1, mu 0.5:
        // step 1: g0 = (1, 4), b1 = g0, p1 = (0.9, 0.6); step 2: g1 = (0.9, 2.4),
        // b2 = 0.5 (1, 4) + (0.9, 2.4) = (1.4, 4.4), p2 = (0.9, 0.6) - 0.1 (1.4, 4.4) = (0.76, 0.16).
        let gradient = try #require(Self.arrow(map.overlays, "momentum.2.gradient"))
        let carried = try #require(Self.arrow(map.overlays, "momentum.2.carried"))
        let taken = try #require(Self.arrow(map.overlays, "momentum.2.taken"))
        #expect(Self.near(gradient.x0, 0.9) && Self.near(gradient.y0, 0.6))
        #expect(Self.near(gradient.x1, 0.9 - 0.09) && Self.near(gradient.y1, 0.6 - 0.24))
        #expect(Self.near(carried.x1, 0.76) && Self.near(carried.y1, 0.16))
        #expect(Self.near(taken.x1, 0.76) && Self.near(taken.y1, 0.16))
        // Adam, step 1: m = 0.1 g0 = (0.1, 0.4), m_hat = (1, 4); v = 0.001 g0^2, sqrt(v)/sqrt(0.001) = (1, 4);
        // step = -(0.1/0.1) (0.1, 0.4) / ((1, 4) + 1e-8) = (-0.1, -0.1) up to 1e-9; carried = -0.1 m_hat.
        let adamCarried = try #require(Self.arrow(map.overlays, "adam.1.carried"))
        let adamTaken = try #require(Self.arrow(map.overlays, "adam.1.taken"))
        #expect(Self.near(adamCarried.x1, 1 - 0.1) && Self.near(adamCarried.y1, 1 - 0.4))
        #expect(Self.near(adamTaken.x1, 0.9, 1e-8) && Self.near(adamTaken.y1, 0.9, 1e-8))
        // Plain SGD carries nothing. (A step past the runs' end is refused by the loader.)
        #expect(map.overlays.contains { $0.id == "sgd.1.gradient" } && !map.overlays.contains { $0.id == "sgd.1.carried" })

        // In the scene every arrow is a group of its own.
        let figure = try FigureFixture.figure("step-anatomy", "anatomy")
        let scene = FigureLayout(measurer: FixedWidthMeasurer()).scene(for: figure)
        let drawn = Set(scene.root.groups { $0.hasPrefix("overlay.") }.map(\.name))
        #expect(drawn.isSuperset(of: ["overlay.momentum.2.taken", "overlay.momentum.2.carried", "overlay.momentum.2.gradient", "overlay.adam.1.carried"]))
        let legend = scene.root.groups { $0.hasPrefix("legend.entry.anatomy.") }.map(\.name)
        #expect(legend == ["legend.entry.anatomy.gradient", "legend.entry.anatomy.buffer", "legend.entry.anatomy.moment", "legend.entry.anatomy.taken"])
    }

    @Test("parabola: x_{t+1} = (1 - lr a) x_t on f = a x^2/2, arrows from iterate to iterate")
    func parabola() throws {
        guard case .lines(let panel)? = FigureFixture.panel(try FigureFixture.figure("parabola", "curve")) else {
            Issue.record("not a line panel")
            return
        }
        // a = 2, lr = 0.75: factor 1 - 1.5 = -0.5, so x = 2, -1, 0.5, -0.25, 0.125 and f = x^2.
        let iterates = try #require(panel.series.first { $0.id == "bounce" })
        #expect(iterates.xs == [2, -1, 0.5, -0.25, 0.125] && iterates.ys == [4, 1, 0.25, 0.0625, 0.015625])
        #expect(iterates.showsPoints && !iterates.showsLine)
        #expect(panel.overlays.map(\.id) == ["bounce.step.1", "bounce.step.2", "bounce.step.3"])
        let second = try #require(Self.arrow(panel.overlays, "bounce.step.2"))
        #expect(second.x0 == -1 && second.y0 == 1 && second.x1 == 0.5 && second.y1 == 0.25)
        let curve = try #require(panel.series.first { $0.id == "curve" })
        #expect(curve.xs.first == -3 && curve.ys.first == 9 && curve.xs.last == 3)
    }

    @Test("LR range test: the loss after step k against the rate of step k")
    func lrRange() throws {
        guard case .lines(let panel)? = FigureFixture.panel(try FigureFixture.figure("lr-range", "range")) else {
            Issue.record("not a line panel")
            return
        }
        // lr_e = 0.001 * 500^(e/3): 0.001, 0.0079370..., 0.0629960..., 0.5. On f = |p|^2/2 each
        // step scales p = (2, 1) by 1 - lr_e; f0 = 2.5.
        let rates = [0.001, 0.007937005259840996, 0.06299605249474365, 0.5]
        var scale = 1.0
        let losses = rates.map { lr -> Double in
            scale *= 1 - lr
            return 2.5 * scale * scale
        }
        let curve = try #require(panel.series.first)
        #expect(curve.xs.count == 4 && zip(curve.xs, rates).allSatisfy { Self.near($0, $1, 1e-12) })
        #expect(zip(curve.ys, losses).allSatisfy { Self.near($0, $1, 1e-12) })
        #expect(Self.near(losses[3], 0.5389796092562253, 1e-12))
        #expect(panel.xScale == .logarithmic && panel.pointMarkers.first.map { Self.near($0.x, 0.5) } == true)
    }

    @Test("data space: the samples and the line w x + b after the chosen steps, fainter earlier")
    func dataFit() throws {
        let compiled = try FigureFixture.compile("data-fit")
        let t = try #require(compiled.runs.first).trajectory
        guard case .lines(let panel)? = FigureFixture.panel(try FigureFixture.figure("data-fit", "line")),
              case .lines(let automatic)? = FigureFixture.panel(try FigureFixture.figure("data-fit", "default")) else {
            Issue.record("not line panels")
            return
        }
        let data = LeastSquares(samples: 8, noise: 0.5, seed: 0, slope: 2, intercept: -1).data
        let points = try #require(panel.series.first)
        #expect(points.id == "data" && points.xs == data.inputs && points.ys == data.targets && !points.showsLine)
        #expect(panel.series.map(\.id) == ["data", "sgd.fit.0", "sgd.fit.4", "sgd.fit.10"])
        let last = panel.series[3], p = t.points[10]
        #expect(zip(last.xs, last.ys).allSatisfy { Self.near($1, p.x * $0 + p.y) })
        // Fainter earlier: less contrast with the light panel, each one still legible (3:1), opaque.
        let contrasts = panel.series[1...3].map { $0.style.color.contrastRatio(with: Theme.light.panelBackground) }
        #expect(contrasts[0] < contrasts[1] && contrasts[1] < contrasts[2] && contrasts.allSatisfy { $0 >= 3 - 1e-6 }, "\(contrasts)")
        #expect(panel.series[1...3].allSatisfy { $0.style.color.alpha == 1 })
        // Default: the start, steps 10/4, 10/2, 30/4 (rounded down) and the end.
        #expect(automatic.series.map(\.id) == ["data", "sgd.fit.0", "sgd.fit.2", "sgd.fit.5", "sgd.fit.7", "sgd.fit.10"])
    }

    @Test("data space of a classifier: sigma(w x + b) and the boundary x = -b/w")
    func decisionBoundary() throws {
        let compiled = try FigureFixture.compile("data-fit-logistic")
        let t = try #require(compiled.runs.first).trajectory
        guard case .lines(let panel)? = FigureFixture.panel(try FigureFixture.figure("data-fit-logistic", "boundary")) else {
            Issue.record("not a line panel")
            return
        }
        // From (w, b) = (1, 1) the boundary starts at x = -1.
        let start = try #require(panel.verticalMarkers.first { $0.label == "t=0" })
        #expect(start.x == -1)
        let p = t.points[5]
        let end = try #require(panel.verticalMarkers.first { $0.label == "t=5" })
        #expect(Self.near(end.x, -p.y / p.x))
        let curve = try #require(panel.series.first { $0.id == "sgd.fit.5" })
        #expect(zip(curve.xs, curve.ys).allSatisfy { Self.near($1, 1 / (1 + exp(-(p.x * $0 + p.y)))) })
    }

    @Test("constraint: the diamond's minimum on the corner (1, 0), the circle's at (2, 1)/sqrt 5")
    func constraint() throws {
        guard case .contour(let both)? = FigureFixture.panel(try FigureFixture.figure("constraint", "both")),
              case .contour(let wide)? = FigureFixture.panel(try FigureFixture.figure("constraint", "wide")) else {
            Issue.record("not contour panels")
            return
        }
        #expect(both.overlays.map(\.id) == ["constraint.l1", "constraint.l2"] && both.paths.isEmpty)
        let l1 = try #require(both.markedPoints.first { $0.label?.hasPrefix("L1") == true })
        let l2 = try #require(both.markedPoints.first { $0.label?.hasPrefix("L2") == true })
        #expect(Self.near(l1.x, 1, 1e-6) && Self.near(l1.y, 0, 1e-6) && l1.label == "L1 min (1.00, 0.00)")
        #expect(Self.near(l2.x, 2 / 5.0.squareRoot(), 1e-6) && Self.near(l2.y, 1 / 5.0.squareRoot(), 1e-6) && l2.label == "L2 min (0.89, 0.45)")
        // t = 5 holds the unconstrained minimum (|(2, 1)| = 2.24): the constrained one is that one.
        let inside = try #require(wide.markedPoints.first { $0.label?.hasPrefix("L2") == true })
        #expect(Self.near(inside.x, 2, 1e-6) && Self.near(inside.y, 1, 1e-6) && wide.overlays.map(\.id) == ["constraint.l2"])
    }
}

/// `compare`: one panel per surface, each run rerun on that surface from its default start.
@Suite("compare figures")
struct CompareFigureTests {
    @Test("two surfaces, two panels; each path is the run on that surface from its default start")
    func panelsAndPaths() throws {
        let figure = try FigureFixture.figure("compare", "two")
        let panels = FigureFixture.panels(figure.layout)
        #expect(panels.count == 2)
        for (panel, (name, title)) in zip(panels, [("saddle", "Saddle"), ("himmelblau", "Himmelblau")]) {
            guard case .contour(let map) = panel else {
                Issue.record("not a contour panel")
                continue
            }
            let surface = try Surfaces.catalog.build(name)
            let plan = RunSetup(surface: surface, optimizer: Adam(steps: 20), schedule: ConstantSchedule(), learningRate: 0.1,
                                start: surface.defaultStart, steps: 20)
            let expected = TrajectoryRunner.run(plan)
            #expect(map.title == title && map.paths.map(\.id) == ["adam"])
            #expect(map.paths.first?.xs == expected.points.map(\.x) && map.paths.first?.ys == expected.points.map(\.y))
            #expect(map.field.x == surface.defaultDomain.x && map.field.y == surface.defaultDomain.y)
        }
        #expect(figure.legend.map(\.id) == ["adam"])
    }
}
