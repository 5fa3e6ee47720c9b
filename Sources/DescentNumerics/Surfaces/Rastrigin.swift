import Foundation

/// Rastrigin's egg-crate `f = 2A + sum_i (x_i^2 - A cos(2 pi x_i))`, global minimum 0 at the origin
/// and a local minimum near every integer point (Rastrigin 1974; Mühlenbein et al. 1991).
///
/// The function is a sum of one-dimensional terms, so its critical points are all pairs of the
/// 1-D critical points `t` of `t^2 - A cos(2 pi t)` (`2t + 2 pi A sin(2 pi t) = 0`): pairs of
/// minima are minima, pairs of maxima are maxima, mixed pairs are saddles. The 1-D points are
/// found by Newton's method from every half-integer.
public struct Rastrigin: Surface {
    /// The amplitude `A` of the ripples (default 10).
    public let amplitude: Double
    public private(set) var criticalPoints: [CriticalPoint] = []

    /// Creates Rastrigin's function with ripple amplitude `amplitude`.
    public init(amplitude: Double = 10) {
        self.amplitude = amplitude
        criticalPoints = findCriticalPoints()
    }

    private func term(_ t: Double) -> Double { t * t - amplitude * cos(2 * .pi * t) }
    private func slope(_ t: Double) -> Double { 2 * t + 2 * .pi * amplitude * sin(2 * .pi * t) }
    private func curvature(_ t: Double) -> Double { 2 + 4 * .pi * .pi * amplitude * cos(2 * .pi * t) }

    public func value(at p: Vec2) -> Double { 2 * amplitude + term(p.x) + term(p.y) }

    /// `(2x + 2 pi A sin(2 pi x), 2y + 2 pi A sin(2 pi y))`.
    public func gradient(at p: Vec2) -> Vec2 { Vec2(slope(p.x), slope(p.y)) }

    /// `diag(2 + 4 pi^2 A cos(2 pi x), 2 + 4 pi^2 A cos(2 pi y))`.
    public func hessian(at p: Vec2) -> Matrix2 { Matrix2(symmetric: curvature(p.x), 0, curvature(p.y)) }

    public var defaultDomain: Domain { Domain(x: -3...3, y: -3...3) }
    public var defaultStart: Vec2 { Vec2(2.4, -1.7) }

    private func findCriticalPoints() -> [CriticalPoint] {
        let range = defaultDomain.x
        var roots: [Double] = []
        for k in Int(2 * range.lowerBound)...Int(2 * range.upperBound) {
            var t = Double(k) / 2
            var converged = false
            for _ in 0..<60 {
                let step = slope(t) / curvature(t)
                t -= step
                if abs(step) < 1e-14 * (1 + abs(t)) { converged = true; break }
            }
            if converged, range.contains(t), !roots.contains(where: { abs($0 - t) < 1e-9 }) { roots.append(t) }
        }
        return CriticalPointSearch.separable(roots: roots, curvature: curvature) { value(at: $0) }
    }
}

extension Rastrigin {
    /// The catalog entry for `rastrigin`.
    static let catalogEntry = CatalogEntry<any Surface>(
        name: "rastrigin",
        summary: "Rastrigin's egg-crate: a local minimum near every integer point, global at the origin",
        parameters: [
            ParameterSpec("A", .number, range: 0...100, default: .number(10), summary: "Amplitude of the ripples"),
        ]
    ) { r throws(ParameterError) in Rastrigin(amplitude: try r.number("A", default: 10)) }
}
