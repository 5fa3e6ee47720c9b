import Testing
@testable import DescentPlot

@Suite struct AxisScaleTests {
    @Test func linearMapsEndsAndMiddle() {
        let s = AxisScale(kind: .linear, domain: -3...3, start: 100, end: 400)
        #expect(s(-3) == 100)
        #expect(s(3) == 400)
        // 1 is 4/6 of the way: 100 + 300 * 2/3 = 300.
        #expect(abs(s(1) - 300) <= 1e-12 * 300)
        #expect(abs(s.value(at: 300) - 1) <= 1e-12)
    }

    @Test func logarithmicMapsDecadesEvenly() {
        // log10: -3 ... 1 onto 400 ... 0 (a y axis); 1 = 10^0 is 3/4 of the way up: 400 - 300 = 100.
        let s = AxisScale(kind: .logarithmic, domain: 1e-3...10, start: 400, end: 0)
        #expect(abs(s(1) - 100) <= 1e-12 * 100)
        #expect(s(0).isNaN)
        #expect(s(-1).isNaN)
    }

    @Test func zeroWidthDomainsAreWidened() {
        #expect(AxisScale(kind: .linear, domain: 5...5, start: 0, end: 1).domain == 4.5...5.5)
        #expect(AxisScale(kind: .linear, domain: 0...0, start: 0, end: 1).domain == -0.5...0.5)
        let log = AxisScale(kind: .logarithmic, domain: 0...0, start: 0, end: 1)
        #expect(log.domain.lowerBound > 0)
        #expect(log(1).isFinite)
    }
}
