/// Newton's method with the exact Hessian, optionally damped (Levenberg).
///
/// Solves `(H + damping * I) d = g` and steps `x <- x - lr * d`. With `lr = 1` and no damping it
/// lands on a quadratic's critical point in one step, whatever kind it is: on the saddle
/// `x^2 - y^2` it steps straight onto the saddle, which is why plain Newton is attracted to
/// saddle points. Damping blends toward a gradient step of size `lr / damping`.
///
/// When `H + damping * I` is singular (`|det| <= 1e-12 * max|entry|^2`, or not finite) or no
/// Hessian is given, the step falls back to a gradient step `x <- x - lr * g`; it never traps.
/// Not part of `torch.optim`.
public struct Newton: Optimizer {
    /// Levenberg damping added to the Hessian's diagonal.
    public var damping: Double

    /// Creates Newton's method.
    public init(damping: Double = 0) {
        self.damping = damping
    }

    public var needsHessian: Bool { true }

    public func makeState() {}

    public func update(_ point: inout Vec2, state: inout Void, context: StepContext) -> Vec2? {
        let g = context.gradient
        guard let hessian = context.hessian, let d = Self.solve(hessian + damping * Matrix2.identity, g) else {
            point = point + (-context.learningRate) * g
            return nil
        }
        point = point + (-context.learningRate) * d
        return nil
    }

    /// The solution of `a d = g` by Cramer's rule, or nil when `a` is (numerically) singular.
    static func solve(_ a: Matrix2, _ g: Vec2) -> Vec2? {
        let det = a.determinant
        let scale = max(abs(a.xx), abs(a.xy), abs(a.yx), abs(a.yy))
        guard det.isFinite, scale.isFinite, abs(det) > 1e-12 * scale * scale else { return nil }
        return Vec2((a.yy * g.x - a.xy * g.y) / det, (a.xx * g.y - a.yx * g.x) / det)
    }
}

extension Newton {
    /// The catalog entry for `newton`.
    static let catalogEntry = CatalogEntry<any Optimizer>(
        name: "newton", aliases: ["Newton", "damped_newton"],
        summary: "Newton's method: solve (H + damping*I) d = g, x <- x - lr*d (use lr 1; uses the exact Hessian)",
        parameters: [
            ParameterSpec("damping", .number, range: 0...Double.infinity, default: .number(0),
                          summary: "Levenberg damping added to the Hessian's diagonal (0 = pure Newton)"),
        ],
        inPyTorch: false, rule: rule, formula: formula
    ) { reader throws(ParameterError) in
        Newton(damping: try reader.number("damping", default: 0))
    }
}

extension Newton {
    /// The update rule as the formula box on maps writes it.
    static let formula = "x<sub>t+1</sub> = x<sub>t</sub> − η (∇²f(x<sub>t</sub>) + λI)<sup>−1</sup> g<sub>t</sub>"

    /// The rule as `descent list` prints it.
    static let rule = """
        d = solve(H + damping * I, g)   (a gradient step g if singular)
        x <- x - lr * d
        """
}
