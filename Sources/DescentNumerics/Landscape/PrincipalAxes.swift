/// The first two principal components of a training path, the axes of a PCA landscape plane (Li
/// et al. 2018, "Visualizing the Loss Landscape of Neural Nets", sec. 7).
///
/// Li et al. stack the differences `θ_t - θ*` of the path's points from the final parameters and
/// fit scikit-learn's `PCA(n_components=2)`, which subtracts the mean row first; so, as there,
/// with `y_t = θ_t - mean_s θ_s` over the `m` finite points (the shift by `θ*` cancels):
///
///     C = (1/(m-1)) Σ_t y_t y_tᵀ,      C p_k = λ_k p_k,   λ_1 >= λ_2 >= ...
///     explained variance ratio_k = λ_k / tr C,   tr C = (1/(m-1)) Σ_t ||y_t||²
///
/// `C` (parameters x parameters) is never formed. Orthogonal iteration on a block of
/// `blockSize` vectors, `W = C V` computed as `Σ_t y_t (y_tᵀ V)`, with a Rayleigh-Ritz step
/// each time (the eigenvectors of the small `Vᵀ C V`, `SymmetricEigen`), runs until the first
/// two Ritz pairs have residuals `||C x - λ x|| <= 1e-10 tr C`; the block converges like
/// `(λ_{blockSize+1}/λ_2)^k`, fast for a path whose variance sits in a few directions. A path of
/// rank below two gets a second axis orthogonal to the first with ratio 0.
///
/// Each axis has unit length and its entry of largest magnitude positive (the first such entry
/// on a tie), so the same path always gives the same bytes.
public struct PrincipalAxes: Sendable, Hashable {
    /// The first principal component `p_1` (unit length).
    public var first: [Double]
    /// The second principal component `p_2` (unit length, orthogonal to `p_1`).
    public var second: [Double]
    /// `λ_1` and `λ_2`, the variances of the path along the axes.
    public var variances: [Double]
    /// `tr C`, the path's total variance.
    public var totalVariance: Double
    /// The Rayleigh-Ritz steps taken.
    public var iterations: Int

    /// The share of the path's variance along each axis, `λ_k / tr C` (0 for a path that does
    /// not move).
    public var explainedVarianceRatio: [Double] {
        variances.map { totalVariance > 0 ? $0 / totalVariance : 0 }
    }

    /// The vectors of a Rayleigh-Ritz block.
    public static let blockSize = 6
    /// The most Rayleigh-Ritz steps.
    public static let maxIterations = 2000
    /// Convergence: residual over `tr C`.
    public static let tolerance = 1e-10

    /// The principal axes of `path`'s finite points (all of one length, that of the first
    /// point; others are skipped). Fewer than two points, or a point of fewer than two
    /// parameters, give the first two coordinate axes with zero variance.
    public init(path: [[Double]]) {
        let n = path.first?.count ?? 0
        let rows = path.filter { $0.count == n && FlatVector.isFinite($0) }
        let m = rows.count
        guard n >= 2 else {
            self.init(first: Self.basis(0, n), second: Self.basis(1, n), variances: [0, 0], totalVariance: 0, iterations: 0)
            return
        }
        var mean = [Double](repeating: 0, count: n)
        for row in rows {
            for i in 0..<n { mean[i] += row[i] }
        }
        for i in 0..<n { mean[i] /= Double(max(1, m)) }
        var y = [Double](repeating: 0, count: m * n)
        var sumSquares = 0.0
        for (t, row) in rows.enumerated() {
            for i in 0..<n {
                let d = row[i] - mean[i]
                y[t * n + i] = d
                sumSquares += d * d
            }
        }
        let total = m > 1 ? sumSquares / Double(m - 1) : 0
        guard total > 0 else {
            self.init(first: Self.basis(0, n), second: Self.basis(1, n), variances: [0, 0], totalVariance: 0, iterations: 0)
            return
        }
        let covariance = Covariance(y: y, rows: m, columns: n)
        let b = min(n, Self.blockSize)
        var random = RandomSource(seed: 0x5043_415F_4158_4553) // "PCA_AXES"
        var block = Self.orthonormalized((0..<b).map { _ in (0..<n).map { _ in random.nextNormal() } }, random: &random)
        var ritz: (values: [Double], vectors: [[Double]]) = ([], [])
        var iterations = 0
        while iterations < Self.maxIterations {
            iterations += 1
            let images = block.map(covariance.apply)
            var h = [Double](repeating: 0, count: b * b)
            for j in 0..<b {
                for k in 0..<b { h[j * b + k] = FlatVector.dot(block[j], images[k]) }
            }
            let small = SymmetricEigen(h, size: b)
            let vectors = small.vectors.map { q in Self.combine(block, q) }
            let mapped = small.vectors.map { q in Self.combine(images, q) }
            ritz = (small.values, vectors)
            let residual = (0..<2).map { j in
                FlatVector.norm((0..<n).map { mapped[j][$0] - small.values[j] * vectors[j][$0] })
            }.max() ?? 0
            if residual <= Self.tolerance * total { break }
            block = Self.orthonormalized(mapped, random: &random)
        }
        let first = Self.signFixed(Self.unit(ritz.vectors[0]))
        var second = ritz.vectors[1]
        let overlap = FlatVector.dot(second, first)
        for i in 0..<n { second[i] -= overlap * first[i] }
        self.init(
            first: first, second: Self.signFixed(Self.unit(second)),
            variances: [max(0, ritz.values[0]), max(0, ritz.values[1])], totalVariance: total, iterations: iterations
        )
    }

    /// Creates axes from values already computed.
    public init(first: [Double], second: [Double], variances: [Double], totalVariance: Double, iterations: Int) {
        self.first = first
        self.second = second
        self.variances = variances
        self.totalVariance = totalVariance
        self.iterations = iterations
    }

    /// `x ↦ C x = (1/(m-1)) Σ_t y_t (y_t · x)` over the centered rows.
    private struct Covariance {
        let y: [Double]
        let rows: Int
        let columns: Int

        func apply(_ x: [Double]) -> [Double] {
            var out = [Double](repeating: 0, count: columns)
            let scale = 1 / Double(max(1, rows - 1))
            y.withUnsafeBufferPointer { y in
                x.withUnsafeBufferPointer { x in
                    out.withUnsafeMutableBufferPointer { out in
                        for t in 0..<rows {
                            let base = t * columns
                            var s = 0.0
                            for i in 0..<columns { s += y[base + i] * x[i] }
                            s *= scale
                            for i in 0..<columns { out[i] += s * y[base + i] }
                        }
                    }
                }
            }
            return out
        }
    }

    /// `Σ_j q_j vectors[j]`.
    private static func combine(_ vectors: [[Double]], _ q: [Double]) -> [Double] {
        var out = [Double](repeating: 0, count: vectors.first?.count ?? 0)
        for (v, w) in zip(vectors, q) {
            for i in out.indices { out[i] += w * v[i] }
        }
        return out
    }

    /// The vectors made orthonormal by modified Gram-Schmidt, done twice ("twice is enough");
    /// a vector that (nearly) lies in the span of those before it is replaced by a fresh random
    /// one, so the block keeps its size when the path's rank is lower.
    private static func orthonormalized(_ vectors: [[Double]], random: inout RandomSource) -> [[Double]] {
        var basis: [[Double]] = []
        for original in vectors {
            var v = original
            for attempt in 0..<8 {
                let before = FlatVector.norm(v)
                for _ in 0..<2 {
                    for q in basis {
                        let d = FlatVector.dot(v, q)
                        for i in v.indices { v[i] -= d * q[i] }
                    }
                }
                let after = FlatVector.norm(v)
                if (after > 1e-10 * before && after > 0) || attempt == 7 {
                    basis.append(after > 0 ? v.map { $0 / after } : v)
                    break
                }
                v = v.indices.map { _ in random.nextNormal() }
            }
        }
        return basis
    }

    /// `v / ||v||` (zero stays zero).
    private static func unit(_ v: [Double]) -> [Double] {
        let norm = FlatVector.norm(v)
        return norm > 0 ? v.map { $0 / norm } : v
    }

    /// `v` or `-v`, whichever has its entry of largest magnitude positive.
    private static func signFixed(_ v: [Double]) -> [Double] {
        var best = 0
        for i in v.indices where abs(v[i]) > abs(v[best]) { best = i }
        return v.indices.contains(best) && v[best] < 0 ? v.map { -$0 } : v
    }

    /// The `k`-th coordinate axis of length `n` (all zeros when `k >= n`).
    private static func basis(_ k: Int, _ n: Int) -> [Double] {
        (0..<n).map { $0 == k ? 1 : 0 }
    }
}
