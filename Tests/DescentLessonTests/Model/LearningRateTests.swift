import Foundation
import Testing
@testable import DescentLesson

@Suite("LearningRate")
struct LearningRateTests {
    /// Relative comparison with tolerance 1e-12.
    func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * max(abs(a), abs(b)) }

    @Test func defaultSearchHasThreeRatesPerDecade() {
        // 13 points from 1e-4 to 1: candidate i is 10^(-4 + i/3).
        let candidates = LearningRateSearch().candidates
        #expect(candidates.count == 13)
        let expected = (0..<13).map { pow(10, -4 + Double($0) / 3) }
        for (got, want) in zip(candidates, expected) { #expect(close(got, want), "\(got) vs \(want)") }
        #expect(candidates.first == 1e-4)
        #expect(candidates.last == 1)
    }

    @Test func fourPointsOverThreeDecades() {
        // 1e-3 * 1000^(i/3): 0.001, 0.01, 0.1, 1.
        let candidates = LearningRateSearch(min: 1e-3, max: 1, points: 4).candidates
        for (got, want) in zip(candidates, [0.001, 0.01, 0.1, 1]) { #expect(close(got, want), "\(got) vs \(want)") }
    }

    @Test func fixedValue() {
        #expect(LearningRate.fixed(0.1).fixedValue == 0.1)
        #expect(LearningRate.auto(LearningRateSearch()).fixedValue == nil)
    }
}
