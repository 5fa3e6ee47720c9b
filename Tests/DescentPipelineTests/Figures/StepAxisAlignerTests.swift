import DescentPlot
import Testing
@testable import DescentPipeline

@Suite("Step axes line up by what they count, not by their label")
struct StepAxisAlignerTests {
    private func panel(_ label: String, _ quantity: AxisQuantity, xs: [Double]) -> PanelLayout {
        .panel(.lines(LinePanel(xLabel: label, xQuantity: quantity, yLabel: "y", series: [LineSeries(id: label, style: SeriesStyle(color: .black), xs: xs, ys: xs)])))
    }

    private func domains(_ layout: PanelLayout) -> [ClosedRange<Double>?] {
        guard case .row(let items, _) = layout else { return [] }
        return items.map { if case .panel(.lines(let p)) = $0 { p.xDomain } else { nil } }
    }

    @Test("step axes share the union of their ranges in any language; epoch and learning-rate axes keep their own")
    func alignsByQuantity() {
        let layout = PanelLayout.row([
            panel("스텝", .step, xs: [0, 40]), panel("iteration", .step, xs: [0, 100]),
            panel("epoch", .epoch, xs: [0, 5]), panel("learning rate", .learningRate, xs: [0.001, 1]),
        ], weights: [1, 1, 1, 1])
        #expect(domains(StepAxisAligner.aligned(layout)) == [0...100, 0...100, 0...5, nil])
    }
}
