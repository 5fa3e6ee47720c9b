/// One curve of an interpolation panel: the loss along the straight line
/// `θ(α) = (1 - α) θ_0 + α θ_1` between two parameter vectors, against `α`.
public struct InterpolationCurve: Sendable, Hashable {
    /// Identifies the curve in the scene (`sgd.start-solution`).
    public var id: String
    /// Its style (the run's color).
    public var style: SeriesStyle
    /// The values of `α`, increasing.
    public var alphas: [Double]
    /// The loss at each `α`.
    public var losses: [Double]
    /// The name of `θ_0` (Pango markup), written at `α = 0` ("start", "SGD's solution").
    public var startName: String
    /// The name of `θ_1` (Pango markup), written at `α = 1`.
    public var endName: String

    /// Creates a curve.
    public init(id: String, style: SeriesStyle, alphas: [Double], losses: [Double], startName: String, endName: String) {
        self.id = id
        self.style = style
        self.alphas = alphas
        self.losses = losses
        self.startName = startName
        self.endName = endName
    }

    /// The loss at `alpha`, linearly interpolated between the neighbouring samples (nil outside
    /// the sampled range or where a neighbour is not finite).
    public func loss(at alpha: Double) -> Double? {
        let n = min(alphas.count, losses.count)
        guard n > 0 else { return nil }
        for i in 0..<n where alphas[i] == alpha { return losses[i].isFinite ? losses[i] : nil }
        guard let k = (1..<max(1, n)).first(where: { alphas[$0 - 1] < alpha && alpha < alphas[$0] }) else { return nil }
        let a0 = alphas[k - 1], a1 = alphas[k], l0 = losses[k - 1], l1 = losses[k]
        guard l0.isFinite, l1.isFinite else { return nil }
        return l0 + (l1 - l0) * (alpha - a0) / (a1 - a0)
    }
}
