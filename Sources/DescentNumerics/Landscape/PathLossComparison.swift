/// A run's path seen on a landscape plane, with the two losses a reader should compare: the true
/// loss along the path, `loss(θ_t)`, and the loss of the plane at its projection,
/// `loss(c + a_t u + b_t v)` with `(a_t, b_t)` the least-squares coordinates of `θ_t`
/// (`LandscapePlane.coordinates(of:)`). Where they differ, the path runs off the plane and the
/// contour under the drawn path is not the loss the optimizer saw.
public struct PathLossComparison: Sendable {
    /// The coordinates `(a_t, b_t)` of each point of the path (nan where it was not finite).
    public var coordinates: [(a: Double, b: Double)]
    /// `loss(θ_t)` at each point.
    public var trueLosses: [Double]
    /// `loss(c + a_t u + b_t v)` at each point (nan where the projection is).
    public var planeLosses: [Double]

    /// Projects `path` (start first) onto `plane` and evaluates both losses at every point.
    public static func evaluate(_ path: [[Double]], on plane: LandscapePlane, loss: ([Double]) -> Double) -> PathLossComparison {
        var buffer = plane.center
        var coordinates: [(a: Double, b: Double)] = [], trueLosses: [Double] = [], planeLosses: [Double] = []
        coordinates.reserveCapacity(path.count)
        trueLosses.reserveCapacity(path.count)
        planeLosses.reserveCapacity(path.count)
        for point in path {
            let ab = plane.coordinates(of: point)
            coordinates.append(ab)
            trueLosses.append(FlatVector.isFinite(point) ? loss(point) : .nan)
            if ab.a.isFinite, ab.b.isFinite {
                plane.parameters(a: ab.a, b: ab.b, into: &buffer)
                planeLosses.append(loss(buffer))
            } else {
                planeLosses.append(.nan)
            }
        }
        return PathLossComparison(coordinates: coordinates, trueLosses: trueLosses, planeLosses: planeLosses)
    }

    /// Creates a comparison from values already computed.
    public init(coordinates: [(a: Double, b: Double)], trueLosses: [Double], planeLosses: [Double]) {
        self.coordinates = coordinates
        self.trueLosses = trueLosses
        self.planeLosses = planeLosses
    }
}
