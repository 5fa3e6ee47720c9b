import Foundation

/// The value, gradient and Hessian of a function of `(x, y)`, carried together through arithmetic:
/// second-order forward-mode automatic differentiation (a hyper-dual number in two directions).
///
/// Seed the inputs with `Jet2.x(_:)` and `Jet2.y(_:)`; every operation applies the chain rule
/// exactly, so the result holds `f`, `grad f` and the Hessian of `f` to rounding error:
///
/// - `a * b`: value `ab`, gradient `a g_b + b g_a`, Hessian `a H_b + b H_a + g_a g_b^T + g_b g_a^T`.
/// - `phi(a)` for a scalar function `phi`: gradient `phi'(a) g_a`, Hessian
///   `phi'(a) H_a + phi''(a) g_a g_a^T`.
public struct Jet2: Sendable, Hashable {
    /// `f`.
    public var value: Double
    /// `(df/dx, df/dy)`.
    public var gradient: Vec2
    /// `d2f/dx2`.
    public var hxx: Double
    /// `d2f/dxdy`.
    public var hxy: Double
    /// `d2f/dy2`.
    public var hyy: Double

    /// Creates a jet from its parts.
    public init(value: Double, gradient: Vec2 = .zero, hxx: Double = 0, hxy: Double = 0, hyy: Double = 0) {
        self.value = value
        self.gradient = gradient
        self.hxx = hxx
        self.hxy = hxy
        self.hyy = hyy
    }

    /// The input `x` at `value`: gradient `(1, 0)`, Hessian zero.
    public static func x(_ value: Double) -> Jet2 { Jet2(value: value, gradient: Vec2(1, 0)) }

    /// The input `y` at `value`: gradient `(0, 1)`, Hessian zero.
    public static func y(_ value: Double) -> Jet2 { Jet2(value: value, gradient: Vec2(0, 1)) }

    /// The Hessian as a (symmetric) matrix.
    public var hessian: Matrix2 { Matrix2(symmetric: hxx, hxy, hyy) }

    /// `phi(self)` given `phi(a)`, `phi'(a)` and `phi''(a)` (the chain rule to second order).
    public func chained(value f: Double, first d1: Double, second d2: Double) -> Jet2 {
        let g = gradient
        return Jet2(
            value: f, gradient: d1 * g,
            hxx: d1 * hxx + d2 * g.x * g.x,
            hxy: d1 * hxy + d2 * g.x * g.y,
            hyy: d1 * hyy + d2 * g.y * g.y
        )
    }

    /// `a + b`.
    public static func + (a: Jet2, b: Jet2) -> Jet2 {
        Jet2(value: a.value + b.value, gradient: a.gradient + b.gradient, hxx: a.hxx + b.hxx, hxy: a.hxy + b.hxy, hyy: a.hyy + b.hyy)
    }

    /// `a - b`.
    public static func - (a: Jet2, b: Jet2) -> Jet2 {
        Jet2(value: a.value - b.value, gradient: a.gradient - b.gradient, hxx: a.hxx - b.hxx, hxy: a.hxy - b.hxy, hyy: a.hyy - b.hyy)
    }

    /// `-a`.
    public static prefix func - (a: Jet2) -> Jet2 {
        Jet2(value: -a.value, gradient: -a.gradient, hxx: -a.hxx, hxy: -a.hxy, hyy: -a.hyy)
    }

    /// `a * b` by the product rule.
    public static func * (a: Jet2, b: Jet2) -> Jet2 {
        let ga = a.gradient, gb = b.gradient
        return Jet2(
            value: a.value * b.value,
            gradient: a.value * gb + b.value * ga,
            hxx: a.value * b.hxx + b.value * a.hxx + 2 * ga.x * gb.x,
            hxy: a.value * b.hxy + b.value * a.hxy + ga.x * gb.y + ga.y * gb.x,
            hyy: a.value * b.hyy + b.value * a.hyy + 2 * ga.y * gb.y
        )
    }

    /// `a / b = a * (1/b)`, with `(1/b)' = -1/b^2` and `(1/b)'' = 2/b^3`.
    public static func / (a: Jet2, b: Jet2) -> Jet2 {
        let r = 1 / b.value
        return a * b.chained(value: r, first: -r * r, second: 2 * r * r * r)
    }

    /// `a^b`. A constant exponent uses the power rule `(a^c)' = c a^(c-1)`, which also holds for
    /// negative `a`; otherwise `a^b = exp(b log a)`.
    public static func power(_ a: Jet2, _ b: Jet2) -> Jet2 {
        if b.isConstant {
            let c = b.value
            let f = Foundation.pow(a.value, c)
            let d1 = c == 0 ? 0 : c * Foundation.pow(a.value, c - 1)
            let d2 = c == 0 || c == 1 ? 0 : c * (c - 1) * Foundation.pow(a.value, c - 2)
            return a.chained(value: f, first: d1, second: d2)
        }
        let logA = a.chained(value: Foundation.log(a.value), first: 1 / a.value, second: -1 / (a.value * a.value))
        let exponent = b * logA
        let e = Foundation.exp(exponent.value)
        return exponent.chained(value: e, first: e, second: e)
    }

    /// True when the gradient and Hessian are zero (the jet of a constant).
    public var isConstant: Bool { gradient == .zero && hxx == 0 && hxy == 0 && hyy == 0 }
}
