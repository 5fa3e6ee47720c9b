import Foundation

/// Finds and classifies critical points numerically: Newton's method `p <- p - H(p)^-1 grad f(p)`
/// from seed points, deduplication, and classification by the Hessian's eigenvalues.
public enum CriticalPointSearch {
    /// The critical point Newton's method reaches from `seed`, or nil when it does not converge
    /// (singular Hessian, no progress after `maxIterations`, or the iterate runs away).
    public static func newton<S: Surface>(_ surface: S, from seed: Vec2, maxIterations: Int = 100) -> Vec2? {
        newton(from: seed, maxIterations: maxIterations) { (surface.gradient(at: $0), surface.hessian(at: $0)) }
    }

    /// Newton's method on a function given by its gradient and Hessian.
    static func newton(from seed: Vec2, maxIterations: Int = 100, derivatives: (Vec2) -> (Vec2, Matrix2)) -> Vec2? {
        var p = seed
        for _ in 0..<maxIterations {
            let (g, h) = derivatives(p)
            guard g.isFinite, let inverse = h.inverse(tolerance: 1e-14 * max(1, maxAbs(h))) else { return nil }
            let step = inverse * g
            p -= step
            guard p.isFinite, p.length < 1e8 else { return nil }
            if step.length <= 1e-12 * (1 + p.length) {
                let (g1, h1) = derivatives(p)
                return g1.length <= 1e-6 * (1 + maxAbs(h1) * (1 + p.length)) ? p : nil
            }
        }
        return nil
    }

    /// A `count` x `count` grid of seeds covering `domain` (cell centres).
    public static func grid(_ domain: Domain, count: Int) -> [Vec2] {
        let n = max(1, count)
        var seeds: [Vec2] = []
        seeds.reserveCapacity(n * n)
        for i in 0..<n {
            for j in 0..<n {
                seeds.append(Vec2(
                    domain.x.lowerBound + (Double(i) + 0.5) / Double(n) * domain.width,
                    domain.y.lowerBound + (Double(j) + 0.5) / Double(n) * domain.height
                ))
            }
        }
        return seeds
    }

    /// Every distinct critical point Newton reaches from `seeds` inside `domain`, classified, with
    /// the lowest minima marked global.
    public static func find<S: Surface>(_ surface: S, seeds: [Vec2], within domain: Domain) -> [CriticalPoint] {
        var points: [Vec2] = []
        for seed in seeds {
            guard let p = newton(surface, from: seed), domain.contains(p) else { continue }
            points.append(p)
        }
        let found = deduplicated(points, scale: max(domain.width, domain.height)).map {
            CriticalPoint(point: $0, kind: classify(surface, at: $0), value: surface.value(at: $0))
        }
        return markingGlobal(found)
    }

    /// Polishes approximate critical points (e.g. literature values given to 6 digits) by Newton's
    /// method and classifies them; a point Newton cannot polish is kept as given.
    public static func refine<S: Surface>(_ surface: S, _ approximations: [Vec2]) -> [CriticalPoint] {
        markingGlobal(approximations.map { guess in
            let p = newton(surface, from: guess) ?? guess
            return CriticalPoint(point: p, kind: classify(surface, at: p), value: surface.value(at: p))
        })
    }

    /// The critical points of a separable surface `f = g(x) + g(y)`: every pair of the 1-D critical
    /// points `roots` of `g`. Pairs of 1-D minima (`g'' > 0`) are minima, pairs of maxima are
    /// maxima, mixed pairs are saddles.
    public static func separable(roots: [Double], curvature: (Double) -> Double, value: (Vec2) -> Double) -> [CriticalPoint] {
        var points: [CriticalPoint] = []
        for x in roots {
            for y in roots {
                let cx = curvature(x), cy = curvature(y)
                let kind: CriticalPoint.Kind = cx > 0 && cy > 0 ? .minimum : (cx < 0 && cy < 0 ? .maximum : .saddle)
                points.append(CriticalPoint(point: Vec2(x, y), kind: kind, value: value(Vec2(x, y))))
            }
        }
        return markingGlobal(points)
    }

    /// The kind of the critical point `p`: by the signs of the Hessian's eigenvalues, or, when one
    /// of them is (numerically) zero, by comparing `f` on a small circle around `p` with `f(p)`.
    public static func classify<S: Surface>(_ surface: S, at p: Vec2) -> CriticalPoint.Kind {
        classify(hessian: surface.hessian(at: p), at: p) { surface.value(at: $0) }
    }

    /// The kind of the critical point `p` of a function given by its Hessian there and its values.
    static func classify(hessian: Matrix2, at p: Vec2, value: (Vec2) -> Double) -> CriticalPoint.Kind {
        let (low, high) = hessian.symmetricEigenvalues
        let tolerance = 1e-8 * max(1, abs(low), abs(high))
        if low > tolerance { return .minimum }
        if high < -tolerance { return .maximum }
        if low < -tolerance && high > tolerance { return .saddle }
        let center = value(p)
        let radius = 1e-3 * (1 + p.length)
        var above = 0, below = 0
        for k in 0..<16 {
            let angle = Double(k) * .pi / 8
            let q = p + radius * Vec2(cos(angle), sin(angle))
            let v = value(q)
            if v > center { above += 1 } else if v < center { below += 1 }
        }
        if below == 0 { return .minimum }
        if above == 0 { return .maximum }
        return .saddle
    }

    /// The points with the lowest minimum value (within rounding) marked `isGlobal`.
    public static func markingGlobal(_ points: [CriticalPoint]) -> [CriticalPoint] {
        guard let lowest = points.filter({ $0.kind == .minimum }).map(\.value).min() else { return points }
        let tolerance = 1e-9 * max(1, abs(lowest))
        return points.map { point in
            var marked = point
            marked.isGlobal = point.kind == .minimum && point.value <= lowest + tolerance
            return marked
        }
    }

    /// `points` without near-duplicates (closer than `1e-6 * scale`), in first-seen order.
    static func deduplicated(_ points: [Vec2], scale: Double) -> [Vec2] {
        var kept: [Vec2] = []
        for p in points where !kept.contains(where: { ($0 - p).length <= 1e-6 * scale }) {
            kept.append(p)
        }
        return kept
    }

    private static func maxAbs(_ m: Matrix2) -> Double {
        max(abs(m.xx), abs(m.xy), abs(m.yx), abs(m.yy))
    }
}
