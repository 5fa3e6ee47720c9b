import Foundation
import Testing
@testable import DescentNumerics

/// The four-lane `exp` against Foundation's (glibc's) `exp`.
@Suite("Vector exp")
struct VectorExpTests {
    /// Distance in units of the reference's last place (0 when equal, infinity when only one is finite).
    static func ulps(_ got: Double, _ want: Double) -> Double {
        if got == want || (got.isNaN && want.isNaN) { return 0 }
        guard got.isFinite, want.isFinite else { return .infinity }
        return abs(got - want) / max(want.ulp, Double.leastNonzeroMagnitude)
    }

    /// `values` four at a time (the last lanes padded with 0), each lane's result.
    static func lanes(_ values: [Double], _ f: (SIMD4<Double>) -> SIMD4<Double>) -> [Double] {
        var out: [Double] = []
        for start in stride(from: 0, to: values.count, by: 4) {
            var v = SIMD4<Double>(repeating: 0)
            for k in 0..<min(4, values.count - start) { v[k] = values[start + k] }
            let r = f(v)
            for k in 0..<min(4, values.count - start) { out.append(r[k]) }
        }
        return out
    }

    /// Evenly spaced points over the whole finite range of `exp`, over the reduced range and the
    /// tanh range, near 0, and the subnormal range: at most 2 ulps from glibc everywhere, and
    /// most points (over 80%) the same bits.
    @Test func withinTwoUlpsOfLibmEverywhere() {
        var xs: [Double] = []
        for i in 0...200_000 { xs.append(-745 + 1454.7 * Double(i) / 200_000) }
        for i in 0...50_000 { xs.append(-40 + 40 * Double(i) / 50_000) }
        for i in 0...20_000 { xs.append(-0.35 + 0.7 * Double(i) / 20_000) }
        for i in 0...20_000 { xs.append(-1e-6 + 2e-6 * Double(i) / 20_000) }
        for i in 0...10_000 { xs.append(-745.1 + 37 * Double(i) / 10_000) }
        let got = Self.lanes(xs, VectorExp.exp)
        var worst = 0.0, same = 0
        for (x, y) in zip(xs, got) {
            let u = Self.ulps(y, Foundation.exp(x))
            worst = max(worst, u)
            if u == 0 { same += 1 }
        }
        #expect(worst <= 2, "worst \(worst) ulps")
        #expect(Double(same) > 0.8 * Double(xs.count), "\(same) of \(xs.count) identical")
    }

    /// The edges: `exp(±0) = 1`, tiny arguments give 1, overflow to `+inf` past 709.78, the last
    /// finite values, underflow to 0 below -745.13 (through the subnormals), infinities and NaN.
    @Test func edges() {
        let xs: [Double] = [0, -0.0, 1e-300, -1e-300, .leastNonzeroMagnitude, -1e-17, 1e-17,
                            709.78, 709.782712893384, 709.79, 710, 800, 1e308, .infinity,
                            -708.39, -708.4, -720, -740, -745.13, -745.14, -746, -800, -1e308, -.infinity]
        let got = Self.lanes(xs, VectorExp.exp)
        for (x, y) in zip(xs, got) {
            // ulps of a subnormal are `leastNonzeroMagnitude`: one rounding of the scaled result.
            #expect(Self.ulps(y, Foundation.exp(x)) <= 2, "exp(\(x)) = \(y), libm \(Foundation.exp(x))")
        }
        #expect(got[0] == 1 && got[1] == 1 && got[2] == 1 && got[3] == 1)
        #expect(got[13] == .infinity && got[23] == 0 && got[21] == 0)
        #expect(VectorExp.exp(SIMD4(.nan, 0, 1, 2))[0].isNaN)
    }
}
