/// `exp` of four lanes at once, for the activations of a forward pass (``Activation/tanh(lanes:)``).
///
/// Cody–Waite range reduction, then Cephes' rational approximation (Moshier's `exp.c`, a
/// Padé-type form in `r^2` with one division) on the reduced argument:
///
///     n = round(x / ln 2),   r = (x - n ln2_hi) - n ln2_lo,   |r| <= ln(2)/2 (+ a rounding)
///     exp(r) = 1 + 2 r P(r^2) / (Q(r^2) - r P(r^2)),   P of degree 2, Q of degree 3
///     exp(x) = exp(r) 2^(n1) 2^(n2),   n1 = floor(n/2), n2 = n - n1
///
/// `ln2_hi` (fdlibm's, 32 significant bits) times any `|n| <= 1077` is exact, so
/// `x - n ln2_hi` is exact and `r` carries one rounding. Cephes gives the approximation's peak
/// relative error on `|r| <= ln(2)/2` as 2.2e-16, and `1` is added last, so the result is within
/// two ulps of `exp(x)` and mostly within one (the tests measure it against Foundation's `exp` on
/// two million points and the edges). `n` is rounded with the shifter `1.5 * 2^52`:
/// `x/ln2 + 1.5 * 2^52` is rounded to an integer by the addition itself, and its bit pattern is
/// that of the shifter plus `n`. The scale is applied in two halves so that subnormal results
/// (`x < -708.4`) and the overflow to `+inf` (`x > 709.78`) come out right. `x` is clamped to
/// `[-746, 710]` first (`exp` rounds to `0` below and to `+inf` above); NaN stays NaN.
///
/// No fused multiply-add is used, so the bits do not depend on the CPU.
public enum VectorExp {
    /// `1 / ln 2`.
    static let log2e = 1.4426950408889634
    /// `ln 2` rounded to 32 significant bits (`0x3FE62E42FEE00000`).
    static let ln2Hi = 6.93147180369123816490e-01
    /// `ln 2 - ln2Hi` (`0x3DEA39EF35793C76`).
    static let ln2Lo = 1.90821492927058770002e-10
    /// `1.5 * 2^52`: adding it rounds to an integer.
    static let shifter = 6755399441055744.0
    /// Cephes' `P` (`exp.c`, Moshier), highest power first.
    static let p0 = 1.26177193074810590878e-4, p1 = 3.02994407707441961300e-2, p2 = 9.99999999999999999910e-1
    /// Cephes' `Q`, highest power first.
    static let q0 = 3.00198505138664455042e-6, q1 = 2.52448340349684104192e-3, q2 = 2.27265548208155028766e-1, q3 = 2.00000000000000000009

    /// `exp(x)` in each lane, within two ulps: the pieces `Activation.tanh(lanes:)` uses,
    /// composed as `exp` so that the tests can measure them against libm's.
    @inline(__always)
    static func exp(_ x: SIMD4<Double>) -> SIMD4<Double> {
        let (r, n) = reduce(x.replacing(with: -746, where: x .< -746).replacing(with: 710, where: x .> 710))
        let (rp, q) = rational(r)
        let er = 1 + 2 * (rp / (q - rp))
        let n1 = n &>> 1
        return (er * power(n1) * power(n &- n1)).replacing(with: x, where: x .!= x)
    }

    /// The reduction `x = n ln 2 + r`, `n = round(x / ln 2)`, for `|x / ln 2| < 2^51`.
    @inline(__always)
    static func reduce(_ x: SIMD4<Double>) -> (r: SIMD4<Double>, n: SIMD4<Int64>) {
        let shifted = x * log2e + shifter
        let n = shifted - shifter
        return ((x - n * ln2Hi) - n * ln2Lo, unsafeBitCast(shifted, to: SIMD4<Int64>.self) &- Int64(shifter.bitPattern))
    }

    /// `(r P(r^2), Q(r^2))`, so that `exp(r) = (Q + rP) / (Q - rP) = 1 + 2 rP / (Q - rP)`.
    @inline(__always)
    static func rational(_ r: SIMD4<Double>) -> (rp: SIMD4<Double>, q: SIMD4<Double>) {
        let rr = r * r
        return (r * ((p0 * rr + p1) * rr + p2), ((q0 * rr + q1) * rr + q2) * rr + q3)
    }

    /// `2^k` for integer lanes `-1022 <= k <= 1023`, built from its bits.
    @inline(__always)
    static func power(_ k: SIMD4<Int64>) -> SIMD4<Double> {
        unsafeBitCast((k &+ 1023) &<< 52, to: SIMD4<Double>.self)
    }
}
