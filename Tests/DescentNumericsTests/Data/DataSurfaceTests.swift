import Foundation
import Testing
@testable import DescentNumerics

@Suite("Data surfaces")
struct DataSurfaceTests {
    /// x = (0, 1, 2), y = (1, 3, 4) at (w, b) = (1, 0): residuals w x + b - y = (-1, -2, -2),
    /// L = (1 + 4 + 4)/3 = 3, grad = (2/3) (sum r x, sum r) = (2/3) (-6, -5) = (-4, -10/3),
    /// H = (2/3) [[5, 3], [3, 3]].
    @Test func leastSquaresByHand() {
        let surface = LeastSquares(data: Dataset(inputs: [0, 1, 2], targets: [1, 3, 4]))
        let p = Vec2(1, 0)
        #expect(abs(surface.value(at: p) - 3) < 1e-15)
        #expect((surface.gradient(at: p) - Vec2(-4, -10.0 / 3)).length < 1e-15)
        #expect(surface.hessian(at: p) == Matrix2(symmetric: 10.0 / 3, 2, 2))
        // Mini-batch {0, 2}: (2/2) (r_0 x_0 + r_2 x_2, r_0 + r_2) = (-4, -3).
        #expect((surface.gradient(at: p, samples: [0, 2][...]) - Vec2(-4, -3)).length < 1e-15)
        // Least-squares fit: slope = Sxy/Sxx = 3/2, intercept = 8/3 - 3/2 = 7/6.
        let minimum = surface.criticalPoints[0]
        #expect((minimum.point - Vec2(1.5, 7.0 / 6)).length < 1e-14)
        #expect(minimum.kind == .minimum && minimum.isGlobal)
        // Residuals at the fit: (7/6 - 1, 1.5 + 7/6 - 3, 3 + 7/6 - 4) = (1/6, -1/3, 1/6): L = 1/18.
        #expect(abs(minimum.value - 1.0 / 18) < 1e-15)
    }

    /// x = (-1, 0, 2), y = (1, 0, 1) at (w, b) = (0.5, -0.25): z = (-0.75, -0.25, 0.75),
    /// L = (1/3) sum [log(1 + e^z) - y z], grad = (1/3) sum (sigma(z) - y)(x, 1)
    /// (PyTorch BCEWithLogitsLoss, mean reduction).
    @Test func logisticRegressionByHand() throws {
        let surface = LogisticRegression(data: Dataset(inputs: [-1, 0, 2], targets: [1, 0, 1]))
        let p = Vec2(0.5, -0.25)
        let z = [-0.75, -0.25, 0.75], x = [-1.0, 0, 2], y = [1.0, 0, 1]
        let sigma = z.map { 1 / (1 + exp(-$0)) }
        let loss = (0..<3).map { log(1 + exp(z[$0])) - y[$0] * z[$0] }.reduce(0, +) / 3
        let gw = (0..<3).map { (sigma[$0] - y[$0]) * x[$0] }.reduce(0, +) / 3
        let gb = (0..<3).map { sigma[$0] - y[$0] }.reduce(0, +) / 3
        #expect(abs(surface.value(at: p) - loss) < 1e-15)
        #expect((surface.gradient(at: p) - Vec2(gw, gb)).length < 1e-15)
        // The labels 1, 0, 1 along x cannot be split by one threshold, so the optimum is finite.
        let optimum = try #require(surface.criticalPoints.first)
        #expect(surface.gradient(at: optimum.point).length < 1e-12)
        #expect(optimum.kind == .minimum)
    }

    @Test func separableLabelsHaveNoMinimum() {
        let surface = LogisticRegression(data: Dataset(inputs: [-2, -1, 1, 2], targets: [0, 0, 1, 1]))
        #expect(surface.criticalPoints.isEmpty)
    }

    @Test func syntheticDataIsSeeded() {
        let a = Dataset.line(samples: 30, slope: 2, intercept: -1, noise: 0.5, seed: 3)
        let b = Dataset.line(samples: 30, slope: 2, intercept: -1, noise: 0.5, seed: 3)
        let c = Dataset.line(samples: 30, slope: 2, intercept: -1, noise: 0.5, seed: 4)
        #expect(a == b && a != c && a.count == 30)
        #expect(a.inputs.allSatisfy { $0 >= 0 && $0 < 2 })
        // Noise-free data is fitted exactly by the generating line.
        let exact = LeastSquares(samples: 25, noise: 0, seed: 9, slope: 2, intercept: -1)
        #expect((exact.criticalPoints[0].point - Vec2(2, -1)).length < 1e-12)
        #expect(abs(exact.criticalPoints[0].value) < 1e-24)
        let labels = Dataset.labels(samples: 50, slope: 2, intercept: 0.5, noise: 1, seed: 0)
        #expect(labels.targets.allSatisfy { $0 == 0 || $0 == 1 })
        #expect(!LogisticRegression(samples: 50).criticalPoints.isEmpty)
    }
}
