import Foundation
import Testing
@testable import DescentPlot

@Suite struct ContourLevelsTests {
    /// The ravine f = (x^2 + 20 y^2) / 2 on [-3, 3] x [-2, 2]: min 0 at the center grid point,
    /// max (9 + 80) / 2 = 44.5 at the corners.
    static let ravine = ScalarField(x: -3...3, y: -2...2, columns: 61, rows: 41) { x, y in 0.5 * (x * x + 20 * y * y) }
    /// Rosenbrock (1 - x)^2 + 100 (y - x^2)^2 on [-2, 2] x [-1, 3]: max at (-2, -1), 9 + 100 * 25 = 2509.
    static let rosenbrock = ScalarField(x: -2...2, y: -1...3, columns: 81, rows: 81) { x, y in (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x) }

    @Test func linearLevelsSplitTheRangeEvenly() throws {
        let grid = try #require(ContourGrid(Self.ravine))
        #expect(grid.minimum == 0)
        #expect(abs(grid.maximum - 44.5) <= 1e-12 * 44.5)
        let levels = ContourLevels.resolve(.linear(count: 14), for: grid)
        #expect(levels.values.count == 14)
        #expect(!levels.isLogarithmic)
        // L_i = 44.5 * i / 15.
        for (i, level) in levels.values.enumerated() {
            let expected = 44.5 * Double(i + 1) / 15
            #expect(abs(level - expected) <= 1e-12 * expected)
        }
    }

    @Test func automaticPicksLinearForABowlAndLogForRosenbrock() throws {
        let bowl = ContourLevels.resolve(.automatic(count: 14), for: try #require(ContourGrid(Self.ravine)))
        #expect(!bowl.isLogarithmic)
        #expect(bowl.values.count == 14)
        let banana = ContourLevels.resolve(.automatic(count: 14), for: try #require(ContourGrid(Self.rosenbrock)))
        #expect(banana.isLogarithmic)
        #expect(banana.values.count == 14)
    }

    @Test func logarithmicLevelsHaveAConstantRatioAboveTheMinimum() throws {
        let grid = try #require(ContourGrid(Self.rosenbrock))
        let levels = ContourLevels.resolve(.logarithmic(count: 12), for: grid).values
        #expect(levels.count == 12)
        let heights = levels.map { $0 - grid.minimum }
        let ratios = zip(heights.dropFirst(), heights).map { $0 / $1 }
        // Evenly spaced in log: every ratio equals (span / lo)^(1 / n), the last level one ratio
        // below the span.
        let span = grid.maximum - grid.minimum
        let expectedRatio = pow(span / heights[0], 1.0 / 12)
        for r in ratios { #expect(abs(r - expectedRatio) <= 1e-9 * expectedRatio) }
        #expect(abs(heights[11] * expectedRatio - span) <= 1e-9 * span)
        #expect(heights.allSatisfy { $0 > 0 })
    }

    @Test func explicitLevelsAreCleanedUp() throws {
        let grid = try #require(ContourGrid(Self.ravine))
        let levels = ContourLevels.resolve(.explicit([30, .nan, 5, 5, -1, 100, 10]), for: grid)
        #expect(levels.values == [5, 10, 30])
    }

    @Test func flatFieldHasNoLevels() throws {
        let grid = try #require(ContourGrid(ScalarField(x: 0...1, y: 0...1, columns: 3, rows: 3, values: Array(repeating: 2, count: 9))))
        #expect(ContourLevels.resolve(.automatic(count: 10), for: grid).values.isEmpty)
    }
}
