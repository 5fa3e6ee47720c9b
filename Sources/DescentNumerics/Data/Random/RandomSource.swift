import Foundation

/// The seeded random numbers of a run or a data set: uniforms and integers from
/// `Xoshiro256StarStar`, and standard normals by the Box-Muller transform
///
///     r = sqrt(-2 log(u1)),  z1 = r cos(2 pi u2),  z2 = r sin(2 pi u2)
///
/// with `u1` in `(0, 1]` and `u2` in `[0, 1)`. `nextNormal` uses both values of a pair, in order.
/// Only IEEE arithmetic and `log`, `cos`, `sin` are involved, so a seed gives the same numbers on
/// every platform whose math library rounds these correctly (glibc and Apple's libm do for the
/// arguments that occur here in practice).
public struct RandomSource: Sendable, Hashable {
    private var bits: Xoshiro256StarStar
    private var spare: Double?

    /// Creates the source from `seed`.
    public init(seed: UInt64) {
        bits = Xoshiro256StarStar(seed: seed)
    }

    /// A uniform number in `[0, 1)`.
    public mutating func nextUniform() -> Double { bits.nextUnit() }

    /// A uniform integer in `0..<bound`.
    public mutating func nextInteger(below bound: Int) -> Int { bits.next(below: bound) }

    /// The next standard normal number.
    public mutating func nextNormal() -> Double {
        if let z = spare {
            spare = nil
            return z
        }
        let pair = nextNormalPair()
        spare = pair.y
        return pair.x
    }

    /// Two independent standard normal numbers (one fresh Box-Muller pair).
    public mutating func nextNormalPair() -> Vec2 {
        let u1 = 1 - bits.nextUnit(), u2 = bits.nextUnit()
        let r = (-2 * log(u1)).squareRoot(), angle = 2 * Double.pi * u2
        return Vec2(r * cos(angle), r * sin(angle))
    }

    /// Shuffles `values` in place (Fisher-Yates, swapping `i` with a uniform `j <= i` from the end).
    public mutating func shuffle(_ values: inout [Int]) {
        var i = values.count - 1
        while i > 0 {
            values.swapAt(i, nextInteger(below: i + 1))
            i -= 1
        }
    }
}
