import Foundation

/// Three Gaussian wells of different depth and width in a gentle bowl, for "which minimum do you
/// end in" lessons:
///
///     f = 0.05 (x^2 + y^2) - sum_i d_i exp(-|p - c_i|^2 / (2 w_i^2))
///
/// | well    | centre c     | depth d | width w | minimum value |
/// |---------|--------------|---------|---------|---------------|
/// | deep    | (1.2, -0.6)  | 2.0     | 0.8     | -1.913        |
/// | medium  | (-1.3, -1.1) | 1.4     | 0.6     | -1.274        |
/// | shallow | (-0.9, 1.3)  | 0.6     | 0.45    | -0.484        |
///
/// The shallow well is separated from the deep one by a saddle only about 0.32 higher, so gradient
/// noise (small batches) can carry a run out of it, while plain gradient descent from the default
/// start settles in it. The minima and saddles are found by Newton's method from a grid.
public struct Multiwell: Surface {
    struct Well {
        var center: Vec2
        var depth: Double
        var width: Double
    }

    static let bowl = 0.1
    static let wells = [
        Well(center: Vec2(1.2, -0.6), depth: 2.0, width: 0.8),
        Well(center: Vec2(-1.3, -1.1), depth: 1.4, width: 0.6),
        Well(center: Vec2(-0.9, 1.3), depth: 0.6, width: 0.45),
    ]

    /// Creates the multi-well surface.
    public init() {}

    public func value(at p: Vec2) -> Double {
        var f = 0.5 * Self.bowl * (p.x * p.x + p.y * p.y)
        for well in Self.wells {
            let q = p - well.center
            f -= well.depth * exp(-(q.x * q.x + q.y * q.y) / (2 * well.width * well.width))
        }
        return f
    }

    /// `0.1 p + sum_i G_i (p - c_i) / w_i^2` with `G_i = d_i exp(-|p - c_i|^2 / (2 w_i^2))`.
    public func gradient(at p: Vec2) -> Vec2 {
        var g = Self.bowl * p
        for well in Self.wells {
            let q = p - well.center, w2 = well.width * well.width
            let weight: Double = well.depth * exp(-(q.x * q.x + q.y * q.y) / (2 * w2)) / w2
            g += weight * q
        }
        return g
    }

    /// `0.1 I + sum_i G_i (I / w_i^2 - q_i q_i^T / w_i^4)` with `q_i = p - c_i`.
    public func hessian(at p: Vec2) -> Matrix2 {
        var h = Matrix2(symmetric: Self.bowl, 0, Self.bowl)
        for well in Self.wells {
            let q = p - well.center, w2 = well.width * well.width
            let g = well.depth * exp(-(q.x * q.x + q.y * q.y) / (2 * w2))
            let w4 = w2 * w2
            let shape = Matrix2(symmetric: 1 / w2 - q.x * q.x / w4, -q.x * q.y / w4, 1 / w2 - q.y * q.y / w4)
            h = h + g * shape
        }
        return h
    }

    public var criticalPoints: [CriticalPoint] { Self.foundCriticalPoints }

    private static let foundCriticalPoints: [CriticalPoint] = {
        let surface = Multiwell()
        let domain = surface.defaultDomain
        return CriticalPointSearch.find(surface, seeds: CriticalPointSearch.grid(domain, count: 25), within: domain)
    }()

    public var defaultDomain: Domain { Domain(x: -3...3, y: -3...3) }
    public var defaultStart: Vec2 { Vec2(-1.4, 1.9) }
}

extension Multiwell {
    /// The catalog entry for `multiwell`.
    static let catalogEntry = CatalogEntry<any Surface>(
        name: "multiwell", aliases: ["wells"],
        summary: "Three wells of different depth and width; the shallow one can be escaped with noise",
        parameters: []
    ) { _ in Multiwell() }
}

extension Multiwell {
    /// The terms of `f`, for code that recomputes it: the bowl's factor `k` in `k/2 (x^2 + y^2)`
    /// and each well's center, depth `d` and width `w` in `- d exp(-|p - c|^2 / (2 w^2))`.
    public static var terms: (bowl: Double, wells: [(center: Vec2, depth: Double, width: Double)]) {
        (bowl, wells.map { ($0.center, $0.depth, $0.width) })
    }
}
