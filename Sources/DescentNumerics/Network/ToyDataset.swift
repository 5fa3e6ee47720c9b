import Foundation

/// The seeded two-class data sets a network lesson can train on.
///
/// Each generator draws sample `i` of class `i mod 2` independently from `RandomSource(seed:)`:
/// first its position parameter(s) as uniforms, then two standard normals `z` (one Box-Muller
/// pair) added as `noise * z`. With `t ~ U(0, 1)`:
///
///     spirals:  r = t,  angle = 3 pi t + pi c           x = r (cos angle, sin angle)
///     moons:    c = 0:  (cos pi t, sin pi t)            c = 1: (1 - cos pi t, 1/2 - sin pi t)
///     circles:  angle = 2 pi t, radius 1 (c = 0) or 1/2 (c = 1)
///     xor:      x = (2u1 - 1, 2u2 - 1) drawn until the class is sign(x1 x2) > 0 (c = 0) or < 0
///
/// (moons and circles as scikit-learn's `make_moons` / `make_circles(factor=0.5)`, but sampled
/// at random rather than on an even grid).
public enum ToyDataset: String, Sendable, CaseIterable {
    /// Two interleaved spirals, one and a half turns each: needs a curved boundary.
    case spirals
    /// Two interleaving half circles.
    case moons
    /// A circle inside another.
    case circles
    /// Four quadrants, the diagonal ones sharing a class.
    case xor

    /// `samples` points, classes alternating, with Gaussian noise of standard deviation `noise`.
    public func generate(samples: Int, noise: Double, seed: UInt64) -> ClassificationData {
        var random = RandomSource(seed: seed)
        var points: [Vec2] = [], labels: [Int] = []
        points.reserveCapacity(max(0, samples))
        for i in 0..<max(0, samples) {
            let c = i % 2
            let clean = position(class: c, random: &random)
            points.append(clean + noise * random.nextNormalPair())
            labels.append(c)
        }
        return ClassificationData(points: points, labels: labels, classes: 2)
    }

    private func position(class c: Int, random: inout RandomSource) -> Vec2 {
        switch self {
        case .spirals:
            let t = random.nextUniform(), angle = 3 * Double.pi * t + Double.pi * Double(c)
            return t * Vec2(cos(angle), sin(angle))
        case .moons:
            let a = Double.pi * random.nextUniform()
            return c == 0 ? Vec2(cos(a), sin(a)) : Vec2(1 - cos(a), 0.5 - sin(a))
        case .circles:
            let a = 2 * Double.pi * random.nextUniform(), radius = c == 0 ? 1.0 : 0.5
            return radius * Vec2(cos(a), sin(a))
        case .xor:
            while true {
                let p = Vec2(2 * random.nextUniform() - 1, 2 * random.nextUniform() - 1)
                let product = p.x * p.y
                if product != 0, (product > 0) == (c == 0) { return p }
            }
        }
    }
}
