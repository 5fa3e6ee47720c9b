import Testing
@testable import DescentNumerics

@Suite("Seeded random numbers")
struct RandomTests {
    /// SplitMix64 from seed 0: the reference values of Vigna's splitmix64.c (also published as test
    /// vectors by many ports): 0xe220a8397b1dcdaf, 0x6e789e6aa1b965f4, 0x06c45d188009454f.
    @Test func splitMix64ReferenceValues() {
        var g = SplitMix64(seed: 0)
        #expect(g.next() == 0xe220_a839_7b1d_cdaf)
        #expect(g.next() == 0x6e78_9e6a_a1b9_65f4)
        #expect(g.next() == 0x06c4_5d18_8009_454f)
    }

    /// xoshiro256** seeded by SplitMix64(42), worked with a line-by-line Python transcription of
    /// Blackman & Vigna's xoshiro256starstar.c.
    @Test func xoshiroReferenceValues() {
        var g = Xoshiro256StarStar(seed: 42)
        #expect(g.next() == 0x1578_0b2e_0c2e_c716)
        #expect(g.next() == 0x6104_d986_6d11_3a7e)
        #expect(g.next() == 0xae17_5332_39e4_99a1)
        #expect(g.next() == 0xecb8_ad47_03b3_60a1)
    }

    @Test func boundedIntegersAndShuffle() {
        var r = RandomSource(seed: 7)
        var counts = [Int](repeating: 0, count: 5)
        for _ in 0..<5000 { counts[r.nextInteger(below: 5)] += 1 }
        #expect(counts.allSatisfy { $0 > 900 && $0 < 1100 })
        var values = Array(0..<20)
        r.shuffle(&values)
        #expect(values.sorted() == Array(0..<20))
        #expect(values != Array(0..<20))
    }

    /// Box-Muller normals: mean 0 and variance 1 within sampling error (n = 40000: the standard
    /// error of the mean is 0.005, of the variance about 0.007).
    @Test func normalMoments() {
        var r = RandomSource(seed: 1)
        let n = 40_000
        var sum = 0.0, squares = 0.0
        for _ in 0..<n {
            let z = r.nextNormal()
            sum += z
            squares += z * z
        }
        #expect(abs(sum / Double(n)) < 0.025)
        #expect(abs(squares / Double(n) - 1) < 0.035)
    }
}
