import Foundation

/// A network's training loss seen on one fixed plane of its parameter space, as a surface in
/// the plane's coordinates `(a, b)`:
///
///     f(a, b) = L(theta* + a u + b v)
///
/// where `L` is the mean cross-entropy over the training set and the plane (``LandscapePlane``)
/// is centered on `theta*`, the final parameters of the lesson's reference run. Runs on this
/// surface train the whole network (``ParameterRunner``, every parameter) and are then projected
/// onto the plane: their points are projections, their losses the true `L(theta_t)`, which the
/// plane's contour does not show off the plane.
///
/// The surface starts with a provisional plane through the initial parameters; a lesson's build
/// fixes it with `fixingPlane(referenceRun:)`, which trains the reference run, so that every
/// run of the lesson is drawn on one plane. The surface keeps that run, so the lesson's own run
/// of it is not trained a second time.
public struct NetworkSurface: SampledSurface {
    /// The network, its data and its initial parameters.
    public let problem: NetworkProblem
    /// How the plane is spanned.
    public let planeKind: NetworkPlaneKind
    /// The seed of the random directions.
    public let planeSeed: UInt64
    /// The plane.
    public private(set) var plane: LandscapePlane
    /// The share of the path's variance along each axis, for a PCA plane; empty otherwise.
    public private(set) var explainedVariance: [Double] = []
    /// True once the plane is centered on a trained run.
    public private(set) var isFixed = false
    public private(set) var defaultDomain = Domain(x: -1...1, y: -1...1)
    /// The reference run the plane was fixed on, and what it was trained with.
    private var reference: (key: String, run: ParameterTrajectory)?

    /// The problem on a random plane through its initial parameters.
    public init(problem: NetworkProblem, planeKind: NetworkPlaneKind, planeSeed: UInt64) {
        self.problem = problem
        self.planeKind = planeKind
        self.planeSeed = planeSeed
        plane = .filterNormalized(center: problem.initialParameters, layout: problem.network.layout, seed: planeSeed)
    }

    /// The surface with its plane centered on the end of the run `setup` trains (the reference
    /// run), spanned as `planeKind` says, its default domain covering the path's projection with
    /// a 25% margin. The run is kept: ``train(_:)`` with the same settings returns it instead of
    /// training again. Unchanged when the run cannot be trained.
    public func fixingPlane(referenceRun setup: RunSetup) -> NetworkSurface {
        guard let run = train(setup) else { return self }
        var fixed = fixed(on: run.path)
        fixed.reference = (Self.trainingKey(setup), run)
        return fixed
    }

    /// The surface with its plane fixed on `path` (parameters, start first).
    private func fixed(on path: [[Double]]) -> NetworkSurface {
        guard let center = path.last else { return self }
        var fixed = self
        switch planeKind {
        case .random:
            fixed.plane = .filterNormalized(center: center, layout: problem.network.layout, seed: planeSeed)
        case .pca:
            let axes = PrincipalAxes(path: path)
            fixed.plane = .principal(center: center, axes: axes)
            fixed.explainedVariance = axes.explainedVarianceRatio
        }
        let window = LandscapeSlice.window(covering: fixed.plane.project(path), margin: 0.25)
        fixed.defaultDomain = Domain(x: window.a, y: window.b)
        fixed.isFixed = true
        return fixed
    }

    public var sampleCount: Int { problem.train.count }

    /// `L(theta(a, b))` over the training set.
    public func value(at p: Vec2) -> Double { problem.trainingLoss(plane.parameters(a: p.x, b: p.y)) }

    /// `(u . grad L, v . grad L)`: the gradient of `f` in the plane's coordinates.
    public func gradient(at p: Vec2) -> Vec2 { gradient(at: p, samples: Array(0..<sampleCount)[...]) }

    public func gradient(at p: Vec2, samples indices: ArraySlice<Int>) -> Vec2 {
        var objective = problem.objective, g: [Double] = []
        _ = objective.lossAndGradient(plane.parameters(a: p.x, b: p.y), samples: indices, gradient: &g)
        return Vec2(FlatVector.dot(plane.u, g), FlatVector.dot(plane.v, g))
    }

    /// Central differences of the plane gradient, step 1e-4 (nothing in a network lesson uses it;
    /// second-order optimizers are refused on networks).
    public func hessian(at p: Vec2) -> Matrix2 {
        let h = 1e-4
        let gx = (gradient(at: p + Vec2(h, 0)) - gradient(at: p - Vec2(h, 0))) / (2 * h)
        let gy = (gradient(at: p + Vec2(0, h)) - gradient(at: p - Vec2(0, h))) / (2 * h)
        return Matrix2(symmetric: gx.x, 0.5 * (gx.y + gy.x), gy.y)
    }

    /// None: the center is where the reference run stopped, not a proven minimum.
    public var criticalPoints: [CriticalPoint] { [] }

    /// Where the initial parameters project.
    public var defaultStart: Vec2 {
        let c = plane.coordinates(of: problem.initialParameters)
        return Vec2(c.a, c.b)
    }

    /// Trains the whole network as `setup` says (its optimizer, schedule, rate, steps, batch size
    /// and seed; its start is ignored: every run starts from the problem's initial parameters).
    public func train(_ setup: RunSetup) -> ParameterTrajectory? {
        if let reference, reference.key == Self.trainingKey(setup) { return reference.run }
        return try? ParameterRunner.run(ParameterRunSetup(
            objective: problem.objective, optimizer: setup.optimizer, schedule: setup.schedule, learningRate: setup.learningRate,
            start: problem.initialParameters, steps: setup.steps, batchSize: setup.batchSize, seed: setup.seed
        ))
    }

    /// What a training depends on: the rule and schedule with their settings (their reflection
    /// lists every stored value), the rate, the steps, the batch size and the seed.
    static func trainingKey(_ setup: RunSetup) -> String {
        String(reflecting: (setup.optimizer, setup.schedule, setup.learningRate, setup.steps, setup.batchSize, setup.seed))
    }

    /// The run of `setup` projected onto the plane: points are the projections of the
    /// parameters, losses the true training losses; the parameters themselves and the held-out
    /// losses are kept beside them (`Trajectory.parameters`, `validationLosses`) for the panels
    /// that need the whole network (interpolation, true against in-plane loss, decision boundary). A rule that is not element-wise (refused
    /// by lesson validation) gives a run stopped at step 1.
    public func projectedRun(_ setup: RunSetup) -> Trajectory {
        guard let run = train(setup) else {
            var stopped = Trajectory(capacity: 1)
            stopped.append(point: defaultStart, loss: problem.trainingLoss(problem.initialParameters), gradient: .zero, learningRate: setup.learningRate)
            stopped.divergence = Divergence(step: 1, lastPoint: defaultStart, reason: .notFinite)
            return stopped
        }
        var trajectory = Trajectory(capacity: run.path.count)
        for (t, parameters) in run.path.enumerated() {
            let c = plane.coordinates(of: parameters)
            trajectory.append(point: Vec2(c.a, c.b), loss: run.losses[t], gradient: .zero, learningRate: run.learningRates[t])
        }
        trajectory.events = run.events
        trajectory.parameters = run.path
        trajectory.validationLosses = run.validationLosses
        if let stop = run.divergence {
            trajectory.divergence = Divergence(step: stop.step, lastPoint: trajectory.points.last ?? defaultStart, reason: stop.reason)
        }
        return trajectory
    }
}
