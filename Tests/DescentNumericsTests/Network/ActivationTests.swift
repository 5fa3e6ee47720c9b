import Foundation
import Testing
@testable import DescentNumerics

/// The activations, scalar and by lanes.
@Suite("Activation")
struct ActivationTests {
    /// `tanh(lanes:)` against the scalar `apply` (and glibc's `tanh`) on a fine grid of [-25, 25],
    /// near 0, and past the clamp: within 4e-16 absolute, odd, and `±0 -> 0`, `±large -> ±1`.
    @Test func laneTanhMatchesScalarTanh() {
        var zs: [Double] = [0, -0.0, 1e-300, -1e-300, 1e-17, -1e-17, 19.9, 20, 20.1, 40, -40, 300, -300, 1e300, -1e300]
        for i in 0...100_000 { zs.append(-25 + 50 * Double(i) / 100_000) }
        for i in 0...10_000 { zs.append(-1e-4 + 2e-4 * Double(i) / 10_000) }
        let got = VectorExpTests.lanes(zs, Activation.tanh(lanes:))
        var worst = 0.0
        for (z, t) in zip(zs, got) {
            worst = max(worst, abs(t - Activation.tanh.apply(z)), abs(t - Foundation.tanh(z)))
            #expect(t == -VectorExpTests.lanes([-z], Activation.tanh(lanes:))[0] || z == 0)
        }
        #expect(worst <= 4e-16, "worst \(worst)")
        #expect(got[0] == 0 && got[1] == 0)
        #expect(got[11] == 1 && got[12] == -1 && got[13] == 1 && got[14] == -1)
        #expect(Activation.tanh(lanes: SIMD4(.nan, 0, 0, 0))[0].isNaN)
    }

    /// `applyInPlace` on 7 values: tanh by lanes for the first 4, scalar for the tail; relu the
    /// same bits as `apply` everywhere.
    @Test func applyInPlaceCoversTheTail() {
        let zs: [Double] = [-2, -0.5, -0.0, 0.3, 1.7, -3.1, 0.9]
        for activation in Activation.allCases {
            var values = zs
            values.withUnsafeMutableBufferPointer { activation.applyInPlace($0.baseAddress!, count: $0.count) }
            for (z, a) in zip(zs, values) {
                if activation == .relu { #expect(a == activation.apply(z)) } else { #expect(abs(a - activation.apply(z)) <= 4e-16) }
            }
            #expect(Array(values[4...]) == zs[4...].map(activation.apply))
        }
    }
}
