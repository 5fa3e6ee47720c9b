/// A differentiable loss surface `f(x, y)` over the parameter plane.
///
/// Every surface gives its value, gradient and Hessian analytically (or by automatic
/// differentiation), the critical points a figure should mark, and a sensible domain and start.
public protocol Surface: Sendable {
    /// `f(p)`.
    func value(at p: Vec2) -> Double
    /// `grad f(p) = (df/dx, df/dy)`.
    func gradient(at p: Vec2) -> Vec2
    /// The Hessian `[[f_xx, f_xy], [f_yx, f_yy]]` at `p`.
    func hessian(at p: Vec2) -> Matrix2
    /// `(f(p), grad f(p))` in one call, for a basins map's lockstep runs (one dynamic call per
    /// step instead of two). Conforming types take the default, whose witness inlines both.
    func valueAndGradient(at p: Vec2) -> (value: Double, gradient: Vec2)
    /// The known minima, saddles and maxima inside (or near) the default domain.
    var criticalPoints: [CriticalPoint] { get }
    /// The rectangle a figure shows when the lesson does not choose one.
    var defaultDomain: Domain { get }
    /// The start point a run uses when the lesson does not choose one.
    var defaultStart: Vec2 { get }
}

extension Surface {
    public func valueAndGradient(at p: Vec2) -> (value: Double, gradient: Vec2) {
        (value(at: p), gradient(at: p))
    }

    /// The critical points that are minima.
    public var minima: [CriticalPoint] { criticalPoints.filter { $0.kind == .minimum } }
}
