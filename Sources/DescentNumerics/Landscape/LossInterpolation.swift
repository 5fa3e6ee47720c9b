/// The loss along the straight line between two parameter vectors (Goodfellow, Vinyals & Saxe
/// 2015, "Qualitatively characterizing neural network optimization problems"):
///
///     θ(α) = (1 - α) θ_0 + α θ_1,    L(α) = loss(θ(α))
///
/// from the start to the solution (is there a barrier on the way?) or between two solutions (are
/// they in one basin?). `α = 0` is `θ_0`, `α = 1` is `θ_1`; a range beyond `[0, 1]` shows the
/// loss rising past the ends.
public struct LossInterpolation: Sendable, Hashable {
    /// The values of `α`.
    public var alphas: [Double]
    /// `loss(θ(α))` at each `α`.
    public var losses: [Double]

    /// Evaluates `loss` at `count` evenly spaced `α` over `range` (at least 2), reusing one
    /// parameter buffer. `θ(α)` is computed as `θ_0 + α (θ_1 - θ_0)` except at `α = 1`, where it
    /// is `θ_1` exactly, so both ends are the given vectors.
    public static func evaluate(
        from start: [Double], to end: [Double], alphas range: ClosedRange<Double> = -0.5...1.5, count: Int = 101,
        loss: ([Double]) -> Double
    ) -> LossInterpolation {
        let n = min(start.count, end.count), count = max(2, count)
        var buffer = Array(start.prefix(n))
        var alphas: [Double] = [], losses: [Double] = []
        alphas.reserveCapacity(count)
        losses.reserveCapacity(count)
        for k in 0..<count {
            let alpha = LandscapeSlice.coordinate(k, of: count, in: range)
            for i in 0..<n { buffer[i] = alpha == 1 ? end[i] : start[i] + alpha * (end[i] - start[i]) }
            alphas.append(alpha)
            losses.append(loss(buffer))
        }
        return LossInterpolation(alphas: alphas, losses: losses)
    }

    /// Creates an interpolation from values already computed.
    public init(alphas: [Double], losses: [Double]) {
        self.alphas = alphas
        self.losses = losses
    }
}
