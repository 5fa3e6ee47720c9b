/// A run's path seen on a landscape plane, with the two losses a reader should compare: the true
/// loss along the path, `loss(θ_t)`, and the loss of the plane at its projection,
/// `loss(c + a_t u + b_t v)` with `(a_t, b_t)` the least-squares coordinates of `θ_t`
/// (`LandscapePlane.coordinates(of:)`). Where they differ, the path runs off the plane and the
/// contour under the drawn path is not the loss the optimizer saw.
public struct PathLossComparison: Sendable {
    /// The steps evaluated (indices into the path).
    public var steps: [Int]
    /// The coordinates `(a_t, b_t)` of each evaluated point (nan where it was not finite).
    public var coordinates: [(a: Double, b: Double)]
    /// `loss(θ_t)` at each evaluated point.
    public var trueLosses: [Double]
    /// `loss(c + a_t u + b_t v)` at each evaluated point (nan where the projection is).
    public var planeLosses: [Double]

    /// Projects `path` (start first) onto `plane` and evaluates both losses at steps
    /// `0, every, 2 every, ...` and the last step: two loss evaluations per point, so a long run
    /// can be thinned to what a curve needs. `recorded`, when it holds one true loss per point of
    /// the path (a run records them as it trains), is read instead of evaluating them again.
    public static func evaluate(
        _ path: [[Double]], recorded: [Double]? = nil, on plane: LandscapePlane, every: Int = 1, loss: ([Double]) -> Double
    ) -> PathLossComparison {
        let recorded = recorded?.count == path.count ? recorded : nil
        var steps = Array(stride(from: 0, to: path.count, by: max(1, every)))
        if let last = path.indices.last, steps.last != last { steps.append(last) }
        var buffer = plane.center
        var coordinates: [(a: Double, b: Double)] = [], trueLosses: [Double] = [], planeLosses: [Double] = []
        coordinates.reserveCapacity(steps.count)
        trueLosses.reserveCapacity(steps.count)
        planeLosses.reserveCapacity(steps.count)
        for step in steps {
            let point = path[step], ab = plane.coordinates(of: point)
            coordinates.append(ab)
            let isFinite = FlatVector.isFinite(point)
            trueLosses.append(!isFinite ? .nan : recorded.map { $0[step] } ?? loss(point))
            if ab.a.isFinite, ab.b.isFinite {
                plane.parameters(a: ab.a, b: ab.b, into: &buffer)
                planeLosses.append(loss(buffer))
            } else {
                planeLosses.append(.nan)
            }
        }
        return PathLossComparison(steps: steps, coordinates: coordinates, trueLosses: trueLosses, planeLosses: planeLosses)
    }

    /// Creates a comparison from values already computed.
    public init(steps: [Int], coordinates: [(a: Double, b: Double)], trueLosses: [Double], planeLosses: [Double]) {
        self.steps = steps
        self.coordinates = coordinates
        self.trueLosses = trueLosses
        self.planeLosses = planeLosses
    }
}
