import Testing
@testable import DescentPlot

@Suite struct LinearTicksTests {
    // Heckbert's rule worked by hand: raw = span / (n - 1) = f * 10^e, f rounded to 1, 2, 5 or 10
    // at the thresholds 1.5, 3 and 7.
    @Test(arguments: [
        (1.0, 6, 2, -1),   // raw 0.2 -> f 2 -> 0.2
        (1.0, 5, 2, -1),   // raw 0.25 -> f 2.5 -> 2 -> 0.2
        (6.0, 4, 2, 0),    // raw 2 -> 2
        (100.0, 5, 2, 1),  // raw 25 -> f 2.5 -> 20
        (7.0, 2, 1, 1),    // raw 7 -> f 7 -> 10
        (4.0, 4, 1, 0),    // raw 1.333 -> 1
        (0.004, 3, 2, -3), // raw 0.002 -> 0.002
        (9.0, 3, 5, 0),    // raw 4.5 -> 5
    ])
    func niceStep(span: Double, target: Int, mantissa: Int, exponent: Int) throws {
        let step = try #require(LinearTicks.niceStep(span: span, targetCount: target))
        #expect(step.mantissa == mantissa)
        #expect(step.exponent == exponent)
    }

    @Test func unitIntervalGivesFifths() {
        let ticks = LinearTicks.ticks(in: 0...1, targetCount: 6)
        let expected = [0, 0.2, 0.4, 0.6, 0.8, 1.0]
        #expect(ticks.count == expected.count)
        for (t, e) in zip(ticks, expected) { #expect(abs(t.value - e) <= 1e-12) }
        #expect(ticks.map(\.label) == ["0", "0.2", "0.4", "0.6", "0.8", "1"])
    }

    @Test func halvesAreLabeledCompactly() {
        // 0...2 with 5 ticks: raw 0.5 -> step 0.5.
        #expect(LinearTicks.ticks(in: 0...2, targetCount: 5).map(\.label) == ["0", "0.5", "1", "1.5", "2"])
    }

    @Test func ticksStayInsideAnOffsetDomain() {
        // -2.7...3.1, 4 ticks: raw 1.93 -> step 2 -> -2, 0, 2 (with typographic minus signs).
        let ticks = LinearTicks.ticks(in: -2.7...3.1, targetCount: 4)
        #expect(ticks.map(\.value) == [-2, 0, 2])
        #expect(ticks.map(\.label) == ["\u{2212}2", "0", "2"])
    }

    @Test func tooCoarseAStepIsRefined() {
        // -3...3 with 3 ticks: raw 3 -> f 3 -> step 5 leaves only 0 inside; 2 gives -2, 0, 2.
        #expect(LinearTicks.ticks(in: -3...3, targetCount: 3).map(\.value) == [-2, 0, 2])
    }

    @Test func largeValuesUseScientificLabels() {
        // 0...4e6, 5 ticks: step 1e6; labels 0, 1e6, 2e6, ...
        let labels = LinearTicks.ticks(in: 0...4e6, targetCount: 5).map(\.label)
        #expect(labels == ["0", "1e6", "2e6", "3e6", "4e6"])
    }

    @Test func emptySpanGivesOneTick() {
        #expect(LinearTicks.ticks(in: 3...3, targetCount: 5).map(\.value) == [3])
    }
}
