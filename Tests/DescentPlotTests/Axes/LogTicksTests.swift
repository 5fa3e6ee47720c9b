import Foundation
import Testing
@testable import DescentPlot

@Suite struct LogTicksTests {
    @Test func decadesFromMilliToTen() {
        let ticks = LogTicks.ticks(in: 1e-3...10, maxLabels: 6)
        let major = ticks.filter { $0.label != nil }
        let expected = [1e-3, 1e-2, 1e-1, 1, 10]
        #expect(major.count == expected.count)
        for (t, e) in zip(major, expected) { #expect(abs(t.value - e) <= 1e-12 * e) }
        #expect(major.map(\.label) == ["10⁻³", "10⁻²", "10⁻¹", "10⁰", "10¹"])
        // Minor ticks 2..9 in each of the four decades 1e-3...1e0 (20 and up exceed 10).
        let minor = ticks.filter { !$0.isMajor }
        #expect(minor.count == 4 * 8)
        #expect(minor.allSatisfy { $0.label == nil })
        #expect(minor.contains { abs($0.value - 0.002) <= 1e-15 })
    }

    @Test func manyDecadesAreThinnedToNiceStrides() {
        // 21 decades, at most 5 labels: 21 / 5 = 4.2 -> stride 5 -> exponents -20, -15, ..., 0.
        let labeled = LogTicks.ticks(in: 1e-20...1, maxLabels: 5).compactMap(\.label)
        #expect(labeled == ["10⁻²⁰", "10⁻¹⁵", "10⁻¹⁰", "10⁻⁵", "10⁰"])
    }

    @Test(arguments: [(10, 3, 5), (4, 6, 1), (7, 3, 3), (30, 4, 10)])
    func strides(decades: Int, maxLabels: Int, stride: Int) {
        #expect(LogTicks.labelStride(decades: decades, maxLabels: maxLabels) == stride)
    }

    @Test func lessThanADecadeFallsBackToOneTwoFive() {
        // 0.15...0.9 holds 0.2 and 0.5 among {1, 2, 5} x 10^k.
        let labeled = LogTicks.ticks(in: 0.15...0.9, maxLabels: 4).filter { $0.label != nil }
        #expect(labeled.map(\.label) == ["0.2", "0.5"])
    }

    @Test func nonPositiveDomainGivesNoTicks() {
        #expect(LogTicks.ticks(in: -1...1, maxLabels: 4).isEmpty)
    }
}
