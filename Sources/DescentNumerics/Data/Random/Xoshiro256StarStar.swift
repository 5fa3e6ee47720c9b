/// Blackman and Vigna's xoshiro256** generator: fast, 256 bits of state, and the same sequence on
/// every platform for a given seed (unlike the system generator).
///
///     result = rotl(s1 * 5, 7) * 9
///     t = s1 << 17
///     s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 45)
public struct Xoshiro256StarStar: Sendable, Hashable {
    private var s0, s1, s2, s3: UInt64

    /// Creates the generator with its state filled from `SplitMix64(seed:)`.
    public init(seed: UInt64) {
        var mixer = SplitMix64(seed: seed)
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        let result = Self.rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = Self.rotl(s3, 45)
        return result
    }

    /// A uniform number in `[0, 1)`: the top 53 bits times `2^-53`.
    public mutating func nextUnit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A uniform integer in `0..<bound` (`bound > 0`), without modulo bias: Lemire's
    /// multiply-and-shift with rejection.
    public mutating func next(below bound: Int) -> Int {
        let k = UInt64(max(1, bound))
        let threshold = (0 &- k) % k
        while true {
            let product = next().multipliedFullWidth(by: k)
            if product.low >= threshold { return Int(product.high) }
        }
    }

    private static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
}
