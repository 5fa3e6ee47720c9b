import Foundation

/// The region `|p|_1 <= t` (a diamond with corners on the axes) or `|p|_2 <= t` (a disc): the
/// constraint form of L1 and L2 regularization. Minimizing `f` subject to `|p| <= t` is, for
/// some penalty strength, minimizing `f + lambda |p|`; the diamond's corners are why L1 finds
/// sparse solutions.
public enum NormBall: String, Sendable, Hashable, CaseIterable {
    /// `|x| + |y| <= t`.
    case l1
    /// `sqrt(x^2 + y^2) <= t`.
    case l2

    /// `|p|` in this norm.
    public func norm(_ p: Vec2) -> Double {
        switch self {
        case .l1: return abs(p.x) + abs(p.y)
        case .l2: return p.length
        }
    }

    /// The boundary point at parameter `s` in `[0, 1)`, counterclockwise from `(t, 0)`: for L2 at
    /// angle `2 pi s`; for L1 along the edges through `(0, t)`, `(-t, 0)` and `(0, -t)`, a quarter
    /// of `s` per edge.
    public func boundaryPoint(_ s: Double, radius t: Double) -> Vec2 {
        switch self {
        case .l2:
            return t * Vec2(cos(2 * Double.pi * s), sin(2 * Double.pi * s))
        case .l1:
            let corners = [Vec2(t, 0), Vec2(0, t), Vec2(-t, 0), Vec2(0, -t)]
            let u = (s - s.rounded(.down)) * 4, edge = min(3, Int(u)), f = u - Double(edge)
            return corners[edge] + f * (corners[(edge + 1) % 4] - corners[edge])
        }
    }

    /// The boundary as `count` points (a closed outline; the diamond's corners are among them
    /// when `count` is a multiple of 4).
    public func outline(radius t: Double, count: Int = 256) -> [Vec2] {
        (0..<count).map { boundaryPoint(Double($0) / Double(count), radius: t) }
    }

    /// Where `surface` is lowest on the ball of radius `t`: its lowest known minimum when that
    /// lies inside, else the lowest point of the boundary, found on `samples` boundary points
    /// and refined by golden-section search between the neighbours of the best one (exact for
    /// a convex `f` up to `1e-12` of the boundary's parameter).
    public func minimum(of surface: any Surface, radius t: Double, samples: Int = 4096) -> Vec2 {
        let inside = surface.minima.filter { norm($0.point) <= t }.min { $0.value < $1.value }
        let n = max(8, samples)
        func f(_ s: Double) -> Double { surface.value(at: boundaryPoint(s, radius: t)) }
        var best = 0
        var bestValue = f(0)
        for i in 1..<n {
            let v = f(Double(i) / Double(n))
            if v < bestValue { best = i; bestValue = v }
        }
        // Golden section on [s_{i-1}, s_{i+1}], unwrapped (boundaryPoint takes s modulo 1).
        var a = Double(best - 1) / Double(n), b = Double(best + 1) / Double(n)
        let r = (5.0.squareRoot() - 1) / 2
        var c = b - r * (b - a), d = a + r * (b - a)
        while b - a > 1e-12 {
            if f(c) < f(d) { b = d } else { a = c }
            c = b - r * (b - a)
            d = a + r * (b - a)
        }
        let s = (a + b) / 2
        let onBoundary = f(s) < bestValue ? boundaryPoint(s, radius: t) : boundaryPoint(Double(best) / Double(n), radius: t)
        if let inside, inside.value <= surface.value(at: onBoundary) { return inside.point }
        return onBoundary
    }
}
