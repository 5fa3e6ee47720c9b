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
    /// The known minima, saddles and maxima inside (or near) the default domain.
    var criticalPoints: [CriticalPoint] { get }
    /// The rectangle a figure shows when the lesson does not choose one.
    var defaultDomain: Domain { get }
    /// The start point a run uses when the lesson does not choose one.
    var defaultStart: Vec2 { get }
    /// `(f(p), grad f(p))` in one call. Conforming types take the default, whose witness
    /// inlines both.
    func valueAndGradient(at p: Vec2) -> (value: Double, gradient: Vec2)
    /// `f` and `grad f` at `count` points stored as `(x0, y0, x1, y1, ...)`: `values[i] = f(p_i)`
    /// and `(gradients[2i], gradients[2i + 1]) = grad f(p_i)`. One dynamic call for a basins
    /// map's group of points per step instead of one per point; conforming types take the
    /// default, whose witness runs `valueAndGradient` inlined in its loop.
    func valuesAndGradients(at coordinates: UnsafePointer<Double>, count: Int, values: UnsafeMutablePointer<Double>, gradients: UnsafeMutablePointer<Double>)
}

extension Surface {
    public func valueAndGradient(at p: Vec2) -> (value: Double, gradient: Vec2) {
        (value(at: p), gradient(at: p))
    }

    public func valuesAndGradients(at coordinates: UnsafePointer<Double>, count: Int, values: UnsafeMutablePointer<Double>, gradients: UnsafeMutablePointer<Double>) {
        for i in 0..<count {
            let (value, gradient) = valueAndGradient(at: Vec2(coordinates[2 * i], coordinates[2 * i + 1]))
            values[i] = value
            gradients[2 * i] = gradient.x
            gradients[2 * i + 1] = gradient.y
        }
    }

    /// The critical points that are minima.
    public var minima: [CriticalPoint] { criticalPoints.filter { $0.kind == .minimum } }
}
