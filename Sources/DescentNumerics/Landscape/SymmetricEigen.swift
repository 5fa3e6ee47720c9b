/// The eigenvalues and eigenvectors of a small symmetric matrix by the cyclic Jacobi method
/// (Golub & Van Loan, "Matrix Computations", 4th ed., sec. 8.5.2): each rotation in the `(p, q)`
/// plane zeroes `a_pq`, with
///
///     τ = (a_qq - a_pp) / (2 a_pq),   t = sign(τ) / (|τ| + sqrt(1 + τ²)),
///     c = 1 / sqrt(1 + t²),   s = t c,   A <- Jᵀ A J,   V <- V J
///
/// (`J` the identity but for `J_pp = J_qq = c`, `J_pq = s`, `J_qp = -s`). Sweeps over all pairs
/// repeat until the off-diagonal part is negligible. Meant for the few-by-few matrices of a
/// Rayleigh-Ritz step, where its accuracy and simplicity beat anything faster.
struct SymmetricEigen {
    /// The eigenvalues, largest first.
    var values: [Double]
    /// `vectors[k]` is the unit eigenvector of `values[k]`.
    var vectors: [[Double]]

    /// Decomposes the symmetric `n x n` matrix `matrix` (row-major; only its symmetric part
    /// `(A + Aᵀ)/2` is used).
    init(_ matrix: [Double], size n: Int) {
        var a = [Double](repeating: 0, count: n * n)
        for i in 0..<n {
            for j in 0..<n { a[i * n + j] = 0.5 * (matrix[i * n + j] + matrix[j * n + i]) }
        }
        var v = [Double](repeating: 0, count: n * n)
        for i in 0..<n { v[i * n + i] = 1 }
        let scale = a.reduce(0) { $0 + $1 * $1 }
        for _ in 0..<64 {
            var off = 0.0
            for p in 0..<n {
                for q in (p + 1)..<max(p + 1, n) { off += a[p * n + q] * a[p * n + q] }
            }
            guard off > 1e-32 * scale, off > 0 else { break }
            for p in 0..<n {
                for q in (p + 1)..<max(p + 1, n) where a[p * n + q] != 0 {
                    let tau = (a[q * n + q] - a[p * n + p]) / (2 * a[p * n + q])
                    let t = (tau >= 0 ? 1.0 : -1.0) / (abs(tau) + (1 + tau * tau).squareRoot())
                    let c = 1 / (1 + t * t).squareRoot(), s = t * c
                    for k in 0..<n {
                        let kp = a[k * n + p], kq = a[k * n + q]
                        a[k * n + p] = c * kp - s * kq
                        a[k * n + q] = s * kp + c * kq
                    }
                    for k in 0..<n {
                        let pk = a[p * n + k], qk = a[q * n + k]
                        a[p * n + k] = c * pk - s * qk
                        a[q * n + k] = s * pk + c * qk
                    }
                    for k in 0..<n {
                        let kp = v[k * n + p], kq = v[k * n + q]
                        v[k * n + p] = c * kp - s * kq
                        v[k * n + q] = s * kp + c * kq
                    }
                }
            }
        }
        let order = (0..<n).sorted { a[$0 * n + $0] > a[$1 * n + $1] }
        values = order.map { a[$0 * n + $0] }
        vectors = order.map { k in (0..<n).map { v[$0 * n + k] } }
    }
}
