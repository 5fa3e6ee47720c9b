/// The critical points of `f(p) + l1 |p|_1 + l2 |p|_2^2`, found numerically.
///
/// With `l1 > 0` the function has kinks on the axes, where minima like to sit (that is L1's
/// sparsity). The search treats each sign pattern separately, where the penalty is smooth:
///
/// - off the axes, with `s = sign(p)` fixed: Newton on `grad f + 2 l2 p + l1 s = 0`, kept when the
///   solution has the assumed signs; classified by the Hessian `H_f + 2 l2 I`;
/// - on the axis `x = 0` (likewise `y = 0`): Newton in `y` alone on
///   `f_y(0, y) + 2 l2 y + l1 sign(y) = 0`, kept when `|f_x(0, y)| <= l1`, so that 0 is in the
///   subdifferential across the axis. The kink rises on both sides, so the point is a minimum
///   when the curvature along the axis `f_yy + 2 l2` is positive and a saddle otherwise;
/// - the origin: a minimum when `|f_x(0, 0)| <= l1` and `|f_y(0, 0)| <= l1`.
enum RegularizedCriticalPoints {
    static func find<B: Surface>(base: B, l1: Double, l2: Double) -> [CriticalPoint] {
        let domain = base.defaultDomain
        let seeds = CriticalPointSearch.grid(domain, count: 15) + base.criticalPoints.map(\.point)
        let curvature = Matrix2(symmetric: 2 * l2, 0, 2 * l2)
        let penalised = { (p: Vec2) -> Double in base.value(at: p) + l1 * (abs(p.x) + abs(p.y)) + l2 * (p.x * p.x + p.y * p.y) }
        var found: [(Vec2, CriticalPoint.Kind)] = []

        // Off the axes (everywhere when l1 = 0).
        let patterns: [Vec2] = l1 > 0 ? [Vec2(1, 1), Vec2(1, -1), Vec2(-1, 1), Vec2(-1, -1)] : [.zero]
        for s in patterns {
            for seed in seeds {
                let solution = CriticalPointSearch.newton(from: seed) { p in
                    (base.gradient(at: p) + 2 * l2 * p + l1 * s, base.hessian(at: p) + curvature)
                }
                guard let p = solution, l1 == 0 || (Regularized<B>.sign(p.x) == s.x && Regularized<B>.sign(p.y) == s.y) else { continue }
                found.append((p, CriticalPointSearch.classify(hessian: base.hessian(at: p) + curvature, at: p, value: penalised)))
            }
        }

        if l1 > 0 {
            for axis in 0..<2 {
                for sign in [-1.0, 1.0] {
                    for seed in seeds {
                        if let p = axisPoint(base, axis: axis, sign: sign, from: seed, l1: l1, l2: l2) {
                            let h = base.hessian(at: p)
                            let along = (axis == 0 ? h.yy : h.xx) + 2 * l2
                            found.append((p, along > 0 ? .minimum : .saddle))
                        }
                    }
                }
            }
            let g = base.gradient(at: .zero)
            if abs(g.x) <= l1, abs(g.y) <= l1 { found.append((.zero, .minimum)) }
        }

        let scale = max(domain.width, domain.height)
        var kept: [CriticalPoint] = []
        for (p, kind) in found where domain.contains(p) && !kept.contains(where: { ($0.point - p).length <= 1e-6 * scale }) {
            kept.append(CriticalPoint(point: p, kind: kind, value: penalised(p)))
        }
        return CriticalPointSearch.markingGlobal(kept)
    }

    /// A critical point on the axis where coordinate `axis` is 0 (0: `x = 0`, 1: `y = 0`), with
    /// the other coordinate of sign `sign`, or nil.
    private static func axisPoint<B: Surface>(_ base: B, axis: Int, sign: Double, from seed: Vec2, l1: Double, l2: Double) -> Vec2? {
        let start = axis == 0 ? Vec2(0, seed.y) : Vec2(seed.x, 0)
        let solution = CriticalPointSearch.newton(from: start) { p in
            let g = base.gradient(at: p), h = base.hessian(at: p)
            return axis == 0
                ? (Vec2(0, g.y + 2 * l2 * p.y + l1 * sign), Matrix2(symmetric: 1, 0, h.yy + 2 * l2))
                : (Vec2(g.x + 2 * l2 * p.x + l1 * sign, 0), Matrix2(symmetric: h.xx + 2 * l2, 0, 1))
        }
        guard let p = solution else { return nil }
        let free = axis == 0 ? p.y : p.x
        let across = axis == 0 ? base.gradient(at: p).x : base.gradient(at: p).y
        guard Regularized<B>.sign(free) == sign, abs(across) <= l1 else { return nil }
        return p
    }
}
