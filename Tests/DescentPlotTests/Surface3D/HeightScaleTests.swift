import Foundation
import Testing
@testable import DescentPlot

@Suite("HeightScale")
struct HeightScaleTests {
    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * max(1, abs(b)) }

    /// 0, 1, ..., 98 and one spike of 10000: minimum 0, median 50, and 10000 / 50 = 200 > 6, so the
    /// field is deep. The knee is the 95% quantile, sorted[Int(0.95 * 99)] = sorted[94] = 94.
    let deep = (0..<99).map(Double.init) + [10_000]

    @Test("a shallow field maps linearly from its minimum to its maximum")
    func linear() throws {
        // 0...4: median 2, 4 / 2 = 2 <= 6: not deep.
        let scale = try #require(HeightScale(values: [3, 0, 4, .nan, 1, 2], colorScale: .automatic))
        #expect(!scale.isLogarithmic)
        #expect(scale.knee == 4 && scale.kneeLevel == 1)
        #expect(close(scale.level(2), 0.5))
        #expect(close(scale.level(1), 0.25))
        #expect(close(scale.colorPosition(3), 0.75))
        #expect(scale.level(.nan).isNaN)
    }

    /// Below the knee: level = 0.8 f / 94. Above it: s = 0.2 * 94 / 0.8 = 23.5, and
    /// level(94 + 23.5) = 0.8 + 0.2 (1 - e^-1).
    @Test("a deep field rises linearly to the knee and is squeezed smoothly above it")
    func squeezed() throws {
        let scale = try #require(HeightScale(values: deep, colorScale: .linear))
        #expect(scale.knee == 94 && scale.kneeLevel == 0.8)
        #expect(close(scale.level(47), 0.4))
        #expect(close(scale.level(94), 0.8))
        #expect(close(scale.level(117.5), 0.8 + 0.2 * (1 - exp(-1))))
        #expect(scale.level(10_000) <= 1 && scale.level(10_000) > 0.999)
        // The slope is continuous at the knee: 0.8 / 94 on both sides.
        let h = 1e-6
        #expect(abs((scale.level(94 + h) - scale.level(94)) / h - 0.8 / 94) < 1e-6)
    }

    /// lo = sorted[100 / 100] - 0 = 1, so position = ln((f + 1) / 1) / ln((10000 + 1) / 1);
    /// f = 9 gives ln 10 / ln 10001.
    @Test("automatic colors of a deep field follow log(f - min + lo)")
    func logarithmicColor() throws {
        let scale = try #require(HeightScale(values: deep, colorScale: .automatic))
        #expect(scale.isLogarithmic)
        #expect(close(scale.logOffset, 1))
        #expect(close(scale.colorPosition(9), log(10) / log(10_001)))
        #expect(close(scale.colorPosition(0), 0))
        #expect(close(scale.colorPosition(10_000), 1))
    }

    @Test("a flat field sits at half height; no finite value gives no scale")
    func degenerate() throws {
        let flat = try #require(HeightScale(values: [3, 3, 3], colorScale: .logarithmic))
        #expect(flat.level(3) == 0.5 && flat.colorPosition(3) == 0.5)
        #expect(!flat.isLogarithmic)
        #expect(HeightScale(values: [.nan, .infinity], colorScale: .automatic) == nil)
        #expect(HeightScale(values: [], colorScale: .automatic) == nil)
    }
}
