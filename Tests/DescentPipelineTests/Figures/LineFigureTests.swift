import DescentPlot
import Foundation
import Testing
@testable import DescentPipeline

@Suite("line figures from a lesson: lr, loss, distance, effective-lr, lr-sweep")
struct LineFigureTests {
    static func lines(_ fixture: String, _ name: String) throws -> LinePanel {
        guard case .lines(let panel)? = FigureFixture.panel(try FigureFixture.figure(fixture, name)) else {
            throw FigureFixture.MissingFigure(name: name)
        }
        return panel
    }

    /// StepLR (step_size 10, gamma 0.1): lr = 0.1 * 0.1^floor(epoch / 10), so drops at epochs 10
    /// and 20. CosineAnnealingWarmRestarts (T_0 10): back to 0.1 at epochs 10 and 20; the restart
    /// at epoch 30 only sets the rate after the run's last step, so it is not marked.
    /// 2 steps per epoch, so x = step / 2.
    @Test func learningRateMarksMilestonesAndRestarts() throws {
        let panel = try Self.lines("lr", "rates")
        #expect(panel.xLabel == "epoch")
        #expect(panel.yScale == .logarithmic)
        let step = try #require(panel.series.first)
        #expect(step.xs[20] == 10)
        #expect(abs(step.ys[19] - 0.1) <= 1e-12 * 0.1 && abs(step.ys[20] - 0.01) <= 1e-12 * 0.01)
        let drops = panel.verticalMarkers.filter { $0.label == "×0.1" }.map(\.x)
        let restarts = panel.verticalMarkers.filter { $0.label == "restart" }.map(\.x)
        #expect(drops == [10, 20])
        #expect(restarts == [10, 20])
    }

    /// The validation curve is the bowl f = (x^2 + y^2)/2 along the training path.
    @Test func lossShowsValidationAndEarlyStopping() throws {
        let compiled = try FigureFixture.compile("loss")
        let path = try #require(compiled.runs.first).trajectory.points
        guard case .lines(let panel)? = FigureFixture.panel(try #require(compiled.figures.first).figure) else { return }
        #expect(panel.series.map(\.id) == ["adam", "adam.validation"])
        let validation = panel.series[1]
        #expect(validation.style.dash == LossPanelBuilder.validationDash)
        #expect(validation.style.color == panel.series[0].style.color)
        for (p, v) in zip(path, validation.ys) {
            let expected = (p.x * p.x + p.y * p.y) / 2
            #expect(abs(v - expected) <= 1e-12 * max(expected, 1e-300))
        }
        let best = try #require(validation.ys.indices.min { validation.ys[$0] < validation.ys[$1] })
        if best < validation.ys.count - 1 {
            #expect(panel.verticalMarkers.map(\.x) == [Double(best)])
            #expect(panel.verticalMarkers.first?.label == "early stop t=\(best)")
        }
        let legend = try #require(compiled.figures.first).figure.legend.map(\.id)
        #expect(legend == ["adam", "training", "validation"])
    }

    /// SGD on the bowl with lr 0.5 halves the point each step: d_t = 5 * 0.5^t from (3, 4).
    @Test func distanceHalvesEachStep() throws {
        let panel = try Self.lines("distance", "gap")
        #expect(panel.yScale == .logarithmic)
        let ys = try #require(panel.series.first).ys
        #expect(ys.count == 21)
        for (t, d) in ys.enumerated() {
            let expected = 5 * pow(0.5, Double(t))
            #expect(abs(d - expected) <= 1e-12 * expected)
        }
    }

    /// Adam's first effective rate is lr / (sqrt(v_1) / sqrt(1 - beta2) + eps) = lr / (|g| + eps)
    /// with v_1 = (1 - beta2) g^2 (torch.optim.Adam); the bowl's gradient at (1.5, -0.5) is itself.
    @Test func effectiveRatesPerCoordinate() throws {
        let compiled = try FigureFixture.compile("effective-lr")
        let figure = try #require(compiled.figures.first).figure
        guard case .lines(let panel)? = FigureFixture.panel(figure) else { return }
        #expect(panel.series.map(\.id) == ["adam.x", "adam.y"])
        #expect(panel.series[0].style.dash.isEmpty && !panel.series[1].style.dash.isEmpty)
        let x0 = panel.series[0].ys[0], y0 = panel.series[1].ys[0]
        #expect(abs(x0 - 0.1 / (1.5 + 1e-8)) <= 1e-12 * x0)
        #expect(abs(y0 - 0.1 / (0.5 + 1e-8)) <= 1e-12 * y0)
        #expect(panel.note == "SGD: one rate for both parameters")
        #expect(figure.legend.map(\.id) == ["adam", "sgd", "x", "y"])
    }

    /// SGD on the bowl from (1, 1): p_t = (1 - lr)^t (1, 1), so the final loss after 20 steps is
    /// (1 - lr)^40: 0.9^40, 0.6^40, 0.7^40 for lr 0.1, 0.4, 1.7; lr 3 doubles |p| each step and
    /// leaves the domain.
    @Test func lrSweepPlotsFinalLossAndMarksTheBest() throws {
        let compiled = try FigureFixture.compile("lr-sweep")
        let figure = try #require(compiled.figures.first).figure
        guard case .lines(let panel)? = FigureFixture.panel(figure) else { return }
        #expect(panel.xScale == .logarithmic && panel.yScale == .logarithmic)
        let series = try #require(panel.series.first)
        #expect(panel.series.count == 1 && series.showsPoints)
        #expect(series.xs == [0.1, 0.4, 1.7])
        for (y, expected) in zip(series.ys, [pow(0.9, 40.0), pow(0.6, 40.0), pow(0.7, 40.0)] as [Double]) {
            #expect(abs(y - expected) <= 1e-9 * expected)
        }
        let best = try #require(panel.pointMarkers.first { $0.kind == .highlight })
        #expect(best.x == 0.4 && best.label == "best η=0.4")
        #expect(panel.pointMarkers.filter { $0.kind == .divergedAtTop }.map(\.x) == [3.0])
        #expect(figure.legend.map(\.id) == ["sgd"])
    }
}
