/// Four points' coordinates side by side, `(x0, y0, x1, y1, x2, y2, x3, y3)`: the vector a
/// ``LaneOptimizer`` updates at once.
public typealias LaneVector = SIMD8<Double>

/// An element-wise rule that also runs on ``LaneVector``s, four points at once, for the lockstep
/// runs of a basins map (`LockstepEndpoints`).
///
/// Each coordinate goes through exactly the arithmetic of `update(_:state:context:)`, in the same
/// order and without fused multiply-adds, so a point's path is bit for bit its run alone; the
/// vector only lets one square root or division instruction serve several points, where a single
/// run waits for each in turn.
public protocol LaneOptimizer: Optimizer {
    /// The state of four points.
    associatedtype LaneState
    /// The state of four fresh runs.
    func makeLaneState() -> LaneState
    /// One step of four runs: `points` moved by `gradient` (both in ``LaneVector`` order) at
    /// the step's rate, scheduled momentum and number.
    func updateLanes(
        _ points: inout LaneVector, state: inout LaneState, gradient: LaneVector,
        learningRate: Double, scheduledMomentum: Double?, step: Int
    )
}

extension Optimizer where Self: LaneOptimizer {
    /// The basins path of a lane rule: four points per vector when every run sees the same rates
    /// (`LockstepEndpoints.sharedRates`), otherwise as any optimizer.
    public func runEndpoints(_ setup: RunSetup, from starts: [Vec2]) -> [RunEndpoint] {
        guard let rates = LockstepEndpoints.sharedRates(setup) else {
            return TrajectoryRunner.interleavedEndpoints(setup, optimizer: self, from: starts)
        }
        return LockstepEndpoints.vectorEndpoints(setup, optimizer: self, rates: rates, from: starts)
    }
}
