import Foundation

/// A narrow well in a wide, nearly flat plain: `f = 1 - exp(-(x^2 + y^2) / w^2)`, minimum 0 at the
/// origin, `f -> 1` far from it.
///
/// The gradient `2 p / w^2 exp(-r^2 / w^2)` decays exponentially with the squared distance `r^2`,
/// so from the default start (`r^2 / w^2 = 6.25`, gradient about 0.01) plain SGD crawls for
/// hundreds of steps before it finds the well, while Adam (which divides by the gradient's size)
/// moves at about `lr` per step from the first step.
public struct Plateau: Surface {
    /// The width `w` of the well (default 1).
    public let width: Double

    /// Creates the plateau with a well of width `width`.
    public init(width: Double = 1) {
        self.width = width
    }

    private func well(_ p: Vec2) -> Double { exp(-(p.x * p.x + p.y * p.y) / (width * width)) }

    public func value(at p: Vec2) -> Double { 1 - well(p) }

    /// `(2 / w^2) E p` with `E = exp(-r^2 / w^2)`.
    public func gradient(at p: Vec2) -> Vec2 { 2 / (width * width) * well(p) * p }

    /// `E (2 / w^2 I - 4 / w^4 p p^T)`.
    public func hessian(at p: Vec2) -> Matrix2 {
        let e = well(p), w2 = width * width
        let c = 2 / w2, d = 4 / (w2 * w2)
        return Matrix2(symmetric: e * (c - d * p.x * p.x), -e * d * p.x * p.y, e * (c - d * p.y * p.y))
    }

    public var criticalPoints: [CriticalPoint] {
        [CriticalPoint(point: .zero, kind: .minimum, value: 0, isGlobal: true)]
    }

    /// `[-3w, 3w]^2`.
    public var defaultDomain: Domain { Domain(x: (-3 * width)...(3 * width), y: (-3 * width)...(3 * width)) }

    /// `(2w, 1.5w)`, where the gradient is about 0.01 / w.
    public var defaultStart: Vec2 { Vec2(2 * width, 1.5 * width) }
}

extension Plateau {
    /// The catalog entry for `plateau`.
    static let catalogEntry = CatalogEntry<any Surface>(
        name: "plateau", aliases: ["flat"],
        summary: "A narrow well in a wide flat plain, 1 - exp(-(x^2 + y^2)/width^2): SGD crawls",
        parameters: [
            ParameterSpec("width", .number, range: 0.01...100, default: .number(1), summary: "Width of the well"),
        ]
    ) { r throws(ParameterError) in Plateau(width: try r.number("width", default: 1)) }
}
