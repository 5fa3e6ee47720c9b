import DescentScene
import Foundation
import Testing
@testable import DescentPlot

@Suite("A logarithmic loss axis spans at most 12 decades below its highest value")
struct LogAxisCapTests {
    private func yDomain(_ ys: [Double]) -> ClosedRange<Double> {
        let panel = LinePanel(yLabel: "loss", yScale: .logarithmic, series: [
            LineSeries(id: "run", style: SeriesStyle(color: .black), xs: ys.indices.map(Double.init), ys: ys),
        ])
        return LinePanelLayout(panel: panel, marks: Marks(theme: .light, typography: Typography(theme: .light), measurer: ApproximateMeasurer())).axisRequests.y.domain
    }

    @Test("a run converging to 1e-30 from 10 shows 10 down to 1e-11, padded by 5 % of the span")
    func capped() {
        // Decades from log10(10) = 1 down to 1 - 12 = -11, then 5 % of the 12-decade span on each side.
        let domain = yDomain([10, 1, 1e-5, 1e-15, 1e-30])
        #expect(abs(domain.lowerBound.log10Value - (-11 - 0.6)) < 1e-9)
        #expect(abs(domain.upperBound.log10Value - (1 + 0.6)) < 1e-9)
    }

    @Test("a run spanning fewer decades keeps its own range")
    func uncapped() {
        let domain = yDomain([100, 1, 1e-4])
        #expect(abs(domain.lowerBound.log10Value - (-4 - 0.3)) < 1e-9)
        #expect(abs(domain.upperBound.log10Value - (2 + 0.3)) < 1e-9)
    }
}

private extension Double {
    var log10Value: Double { Foundation.log10(self) }
}
