import Foundation
import Testing
@testable import DescentNumerics

/// PCA of a path as Li et al. 2018 (sec. 7) fit it with scikit-learn: the mean row is subtracted,
/// `C = Yᵀ Y / (m - 1)`, ratios `λ_k / tr C`.
@Suite("Principal axes of a path")
struct PrincipalAxesTests {
    /// By hand. θ* = (1, -1, 2); p = (4, 2, 0), q = (1, -2, 0), r = (0, 0, 1); the path is
    /// θ* + p, θ* + q, θ* - p, θ* + r, θ* - q, θ* - r (m = 6). Its mean is θ*, so the centered
    /// rows are ±p, ±q, ±r and
    ///
    ///     Σ y yᵀ = 2 (p pᵀ + q qᵀ + r rᵀ) = [[34, 12, 0], [12, 16, 0], [0, 0, 2]]
    ///     C = Σ / 5 = [[6.8, 2.4, 0], [2.4, 3.2, 0], [0, 0, 0.4]]
    ///
    /// The 2x2 block has trace 10 and determinant 6.8·3.2 - 2.4² = 16, so λ = 5 ± 3 = 8, 2, with
    /// C (2, 1) = (16, 8) = 8 (2, 1) and C (1, -2) = (2, -4) = 2 (1, -2); λ_3 = 0.4.
    /// tr C = 10.4: ratios 8/10.4 = 0.769230..., 2/10.4 = 0.192307...
    /// Signs: (2, 1, 0)/√5 has its largest entry positive; (1, -2, 0)/√5 does not, so it flips to
    /// (-1, 2, 0)/√5.
    @Test func smallCaseByHand() {
        let star: [Double] = [1, -1, 2]
        let p: [Double] = [4, 2, 0], q: [Double] = [1, -2, 0], r: [Double] = [0, 0, 1]
        func plus(_ s: Double, _ d: [Double]) -> [Double] { zip(star, d).map { $0 + s * $1 } }
        let path = [plus(1, p), plus(1, q), plus(-1, p), plus(1, r), plus(-1, q), plus(-1, r)]
        let axes = PrincipalAxes(path: path)
        let s5 = 5.0.squareRoot()
        expectVector(axes.first, [2 / s5, 1 / s5, 0])
        expectVector(axes.second, [-1 / s5, 2 / s5, 0])
        #expect(abs(axes.variances[0] - 8) < 1e-12 && abs(axes.variances[1] - 2) < 1e-12)
        #expect(abs(axes.totalVariance - 10.4) < 1e-12)
        #expect(abs(axes.explainedVarianceRatio[0] - 8 / 10.4) < 1e-12)
        #expect(abs(axes.explainedVarianceRatio[1] - 2 / 10.4) < 1e-12)
        expectOrthonormal(axes)
        // The block (3 vectors here) spans the whole space: one Rayleigh-Ritz step is exact.
        #expect(axes.iterations <= 2)
    }

    /// A longer path in 40 dimensions (a decaying spiral in two hidden directions plus a little
    /// noise in all) against the explicit 40x40 covariance decomposed by Jacobi: same λ_1, λ_2 and
    /// the same axes up to sign, orthonormal.
    @Test func agreesWithTheExplicitCovariance() {
        let n = 40, m = 300
        var random = RandomSource(seed: 3)
        let e1 = (0..<n).map { _ in random.nextNormal() }, e2 = (0..<n).map { _ in random.nextNormal() }
        let path: [[Double]] = (0..<m).map { t in
            let s = Double(t) / Double(m), radius = 3 * exp(-3 * s)
            let a = radius * cos(10 * s), b = 0.6 * radius * sin(10 * s)
            return (0..<n).map { a * e1[$0] + b * e2[$0] + 0.01 * random.nextNormal() }
        }
        let axes = PrincipalAxes(path: path)
        // The explicit covariance.
        var mean = [Double](repeating: 0, count: n)
        for row in path { for i in 0..<n { mean[i] += row[i] / Double(m) } }
        var c = [Double](repeating: 0, count: n * n)
        for row in path {
            for i in 0..<n { for j in 0..<n { c[i * n + j] += (row[i] - mean[i]) * (row[j] - mean[j]) / Double(m - 1) } }
        }
        let exact = SymmetricEigen(c, size: n)
        let trace = (0..<n).reduce(0.0) { $0 + c[$1 * n + $1] }
        #expect(abs(axes.totalVariance - trace) < 1e-10 * trace)
        #expect(abs(axes.variances[0] - exact.values[0]) < 1e-9 * exact.values[0])
        #expect(abs(axes.variances[1] - exact.values[1]) < 1e-9 * exact.values[0])
        #expect(abs(abs(FlatVector.dot(axes.first, exact.vectors[0])) - 1) < 1e-8)
        #expect(abs(abs(FlatVector.dot(axes.second, exact.vectors[1])) - 1) < 1e-8)
        #expect(axes.explainedVarianceRatio[0] + axes.explainedVarianceRatio[1] > 0.99)
        expectOrthonormal(axes)
        // Deterministic: the same path gives the same bytes.
        #expect(PrincipalAxes(path: path) == axes)
    }

    /// A straight path has rank 1: ratio (1, 0), the first axis along the line, the second a unit
    /// vector orthogonal to it. A path that does not move has zero variance.
    @Test func degeneratePaths() {
        let line = (0..<10).map { t in [1 + Double(t), 2 - 2 * Double(t), 0.5] }
        let axes = PrincipalAxes(path: line)
        let s5 = 5.0.squareRoot()
        expectVector(axes.first, [-1 / s5, 2 / s5, 0])
        #expect(abs(axes.explainedVarianceRatio[0] - 1) < 1e-12 && abs(axes.explainedVarianceRatio[1]) < 1e-12)
        expectOrthonormal(axes)
        let still = PrincipalAxes(path: Array(repeating: [1.0, 2, 3], count: 5))
        #expect(still.explainedVarianceRatio == [0, 0])
        expectOrthonormal(still)
        // A diverged point (non-finite) is skipped.
        let diverged = PrincipalAxes(path: line + [[.nan, 1, 1]])
        #expect(diverged == axes)
    }

    private func expectVector(_ got: [Double], _ want: [Double], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(got.count == want.count, sourceLocation: sourceLocation)
        for (a, b) in zip(got, want) { #expect(abs(a - b) < 1e-12, "\(got) vs \(want)", sourceLocation: sourceLocation) }
    }

    private func expectOrthonormal(_ axes: PrincipalAxes, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(abs(FlatVector.dot(axes.first, axes.first) - 1) < 1e-12, sourceLocation: sourceLocation)
        #expect(abs(FlatVector.dot(axes.second, axes.second) - 1) < 1e-12, sourceLocation: sourceLocation)
        #expect(abs(FlatVector.dot(axes.first, axes.second)) < 1e-12, sourceLocation: sourceLocation)
    }
}

/// The Jacobi eigen-solver behind the Rayleigh-Ritz step.
@Suite("Symmetric eigen-decomposition")
struct SymmetricEigenTests {
    /// [[2, 1], [1, 2]]: eigenvalues 3 and 1, vectors (1, 1)/√2 and (1, -1)/√2 (up to sign).
    /// [[4, 1, 0], [1, 4, 0], [0, 0, 7]]: 7 (e3), 5 ((1, 1, 0)/√2), 3 ((1, -1, 0)/√2).
    @Test func smallMatricesByHand() {
        let two = SymmetricEigen([2, 1, 1, 2], size: 2)
        #expect(abs(two.values[0] - 3) < 1e-14 && abs(two.values[1] - 1) < 1e-14)
        let h = 0.5.squareRoot()
        #expect(abs(abs(two.vectors[0][0] * h + two.vectors[0][1] * h) - 1) < 1e-14)
        let three = SymmetricEigen([4, 1, 0, 1, 4, 0, 0, 0, 7], size: 3)
        for (got, want) in zip(three.values, [7.0, 5, 3]) { #expect(abs(got - want) < 1e-14) }
        #expect(abs(abs(three.vectors[0][2]) - 1) < 1e-14)
        #expect(abs(abs(three.vectors[2][0] * h - three.vectors[2][1] * h) - 1) < 1e-14)
    }
}
