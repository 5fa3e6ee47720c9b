import DescentNumerics
import Testing
@testable import DescentPipeline

/// Quantiles with numpy's default rule (`numpy.quantile(a, q)`, method "linear"): sorted values
/// `x_(0) ≤ ... ≤ x_(n-1)`, `h = (n - 1) q`, `Q = x_(⌊h⌋) + (h − ⌊h⌋)(x_(⌊h⌋+1) − x_(⌊h⌋))`.
/// Every expected value below is worked from that rule (and agrees with numpy 1.26).
@Suite("Ensemble statistics")
struct EnsembleStatisticsTests {
    /// [1, 2, 3, 4]: q 0.1 -> h 0.3 -> 1.3; q 0.5 -> h 1.5 -> 2.5; q 0.9 -> h 2.7 -> 3.7.
    /// [3, 1, 4, 1, 5] sorted [1, 1, 3, 4, 5]: q 0.1 -> h 0.4 -> 1; q 0.5 -> 3; q 0.9 -> h 3.6 -> 4.6;
    /// q 0 and 1 are the extremes.
    @Test(arguments: [
        ([1.0, 2, 3, 4], 0.1, 1.3), ([1.0, 2, 3, 4], 0.5, 2.5), ([1.0, 2, 3, 4], 0.9, 3.7),
        ([3.0, 1, 4, 1, 5], 0.1, 1.0), ([3.0, 1, 4, 1, 5], 0.5, 3.0), ([3.0, 1, 4, 1, 5], 0.9, 4.6),
        ([3.0, 1, 4, 1, 5], 0.0, 1.0), ([3.0, 1, 4, 1, 5], 1.0, 5.0), ([7.0], 0.9, 7.0),
    ])
    func linearQuantiles(values: [Double], q: Double, expected: Double) throws {
        let quantile = try #require(EnsembleStatistics.quantile(values, q))
        #expect(abs(quantile - expected) < 1e-12)
    }

    /// A diverged member counts as +infinity: [1, 2, inf] has q 0.1 = 1 + 0.2·1 = 1.2, median 2,
    /// and q 0.9 (h = 1.8, between 2 and inf) infinite. NaN is left out: [NaN, 2, 4] has median 3.
    /// No values, no quantile.
    @Test func infinityAndNaN() throws {
        #expect(try abs(#require(EnsembleStatistics.quantile([1, 2, .infinity], 0.1)) - 1.2) < 1e-12)
        #expect(EnsembleStatistics.quantile([1, 2, .infinity], 0.5) == 2)
        #expect(EnsembleStatistics.quantile([1, 2, .infinity], 0.9) == .infinity)
        #expect(EnsembleStatistics.quantile([.nan, 2, 4], 0.5) == 3)
        #expect(EnsembleStatistics.quantile([], 0.5) == nil)
        #expect(EnsembleStatistics.quantile([.nan], 0.5) == nil)
    }

    /// Step by step over members [1, 2, 3], [3, 4] (diverged after two points) and [5, 6, 7]:
    /// t = 0: {1, 3, 5}: median 3, q 0.1 = 1 + 0.2·2 = 1.4, q 0.9 = 3 + 0.8·2 = 4.6;
    /// t = 2: {3, 7, inf}: median 7, q 0.1 = 3 + 0.2·4 = 3.8, q 0.9 infinite.
    @Test func pointwiseQuantiles() {
        let q = EnsembleStatistics.pointwise([[1, 2, 3], [3, 4], [5, 6, 7]], quantiles: [0.5, 0.1, 0.9])
        #expect(q.map(\.count) == [3, 3, 3])
        #expect(q[0] == [3, 4, 7])
        #expect(abs(q[1][0] - 1.4) < 1e-12 && abs(q[1][1] - 2.4) < 1e-12 && abs(q[1][2] - 3.8) < 1e-12)
        #expect(abs(q[2][0] - 4.6) < 1e-12 && abs(q[2][1] - 5.6) < 1e-12 && q[2][2] == .infinity)
    }

    /// Final losses 0.5, diverged, 0.1, 0.3 order as members 2, 3, 0, 1; the lower median
    /// (position ⌊3/2⌋ = 1) is member 3. With three members 0.5, 0.1, 0.3 it is member 2 (0.3,
    /// the median final loss). Ties keep member order.
    @Test func medianMember() {
        let members = [trajectory(0.5), trajectory(9, diverged: true), trajectory(0.1), trajectory(0.3)]
        #expect(EnsembleStatistics.medianMember(members) == 3)
        #expect(EnsembleStatistics.medianMember([trajectory(0.5), trajectory(0.1), trajectory(0.3)]) == 2)
        #expect(EnsembleStatistics.medianMember([trajectory(1), trajectory(1), trajectory(1)]) == 1)
        #expect(EnsembleStatistics.medianMember([]) == 0)
    }

    /// A two-point trajectory ending with `loss`.
    func trajectory(_ loss: Double, diverged: Bool = false) -> Trajectory {
        var t = Trajectory(capacity: 2)
        t.points = [Vec2(0, 0), Vec2(1, 1)]
        t.losses = [10, loss]
        if diverged { t.divergence = Divergence(step: 1, lastPoint: Vec2(1, 1), reason: .notFinite) }
        return t
    }
}
