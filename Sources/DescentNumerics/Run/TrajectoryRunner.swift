/// Runs an optimizer over a surface under a schedule, recording every step.
public enum TrajectoryRunner {
    /// Runs `setup` to completion or until it diverges.
    ///
    /// The schedule is started before the first step and advanced after every `stepsPerEpoch`
    /// steps with the loss at that point, as a PyTorch loop calls `scheduler.step()` at the end of
    /// each epoch. The events the schedule reports are recorded at the step that first uses the
    /// new rate (none for the advance after the last step).
    ///
    /// Gradients: on a `SampledSurface` with a `batchSize` below its sample count, the mean over
    /// shuffled mini-batches (a new shuffle every pass); on other surfaces with `noise > 0`, the
    /// exact gradient plus Gaussian noise of standard deviation `noise / sqrt(batchSize)`;
    /// otherwise the exact gradient. Losses are always the full, noise-free `f`, and Newton's
    /// Hessian is always the full one.
    ///
    /// A run stops at the first step whose point or loss is NaN or infinite, or whose point leaves
    /// `escapeDomain`; the trajectory then ends at the last good point and records why.
    ///
    /// On a ``NetworkSurface`` the whole network is trained (``ParameterRunner``) and the run is
    /// projected onto the surface's plane (see `NetworkSurface.projectedRun(_:)`).
    public static func run(_ setup: RunSetup) -> Trajectory {
        if let network = setup.surface as? NetworkSurface { return network.projectedRun(setup) }
        var trajectory = Trajectory(capacity: setup.steps + 1)
        var gradients = gradientSource(setup)
        setup.optimizer.runSteps(setup, gradients: &gradients, into: &trajectory)
        return trajectory
    }

    /// Runs `setup` exactly as `run(_:)` does but keeps only where it ended, for the many runs of
    /// a basins map: no per-step storage.
    public static func endpoint(_ setup: RunSetup) -> RunEndpoint {
        endpoints(setup, from: [setup.start])[0]
    }

    /// Runs `setup` from each of `starts` exactly as `endpoint(_:)` does (a fresh optimizer state,
    /// schedule and gradient source for each), in order.
    ///
    /// The runs go `lanes` at a time, interleaved step by step: one run is a chain of dependent
    /// square roots and divisions (Adam's), whose latency leaves the core idle; independent chains
    /// side by side fill it. Each run's arithmetic is unchanged, so every endpoint is bit-identical
    /// to its run alone.
    public static func endpoints(_ setup: RunSetup, from starts: [Vec2]) -> [RunEndpoint] {
        guard let network = setup.surface as? NetworkSurface else { return setup.optimizer.runEndpoints(setup, from: starts) }
        return starts.map { start in
            var one = setup
            one.start = start
            let run = network.projectedRun(one)
            var end = RunEndpoint(point: run.points.last ?? start)
            end.loss = run.losses.last ?? .nan
            end.divergence = run.divergence
            return end
        }
    }

    /// Runs interleaved by `endpoints(_:from:)`.
    /// Measured on the 512 x 512 Adam basins map (release, 2 cores): 1 lane 6.4 s of CPU, 4 lanes
    /// 4.5 s, 8 lanes 4.6 s.
    static let lanes = 4

    /// The run's gradient source: mini-batches, noisy or exact (see `run(_:)`).
    static func gradientSource(_ setup: RunSetup) -> any GradientSource {
        let surface = setup.surface
        if let sampled = surface as? any SampledSurface, let sampler = miniBatchSampler(setup, sampled) {
            return miniBatches(sampled, sampler)
        }
        if !(surface is any SampledSurface), setup.noise > 0 {
            let deviation = setup.noise / Double(setup.batchSize ?? 1).squareRoot()
            return noisy(surface, deviation: deviation, seed: setup.seed)
        }
        return exact(surface)
    }

    /// True when `gradientSource(setup)` gives the exact gradient: no mini-batches smaller than
    /// the samples, and no noise on a surface without samples.
    static func hasExactGradients(_ setup: RunSetup) -> Bool {
        if let sampled = setup.surface as? any SampledSurface { return miniBatchSampler(setup, sampled) == nil }
        return !(setup.noise > 0)
    }

    /// The sampler of a run's mini-batches, or nil when its batch is all of `sampled`'s samples.
    private static func miniBatchSampler(_ setup: RunSetup, _ sampled: any SampledSurface) -> MiniBatchSampler? {
        let sampler = MiniBatchSampler(count: sampled.sampleCount, batchSize: setup.batchSize, seed: setup.seed)
        return sampler.batchSize < sampler.count ? sampler : nil
    }

    private static func miniBatches<S: SampledSurface>(_ surface: S, _ sampler: MiniBatchSampler) -> any GradientSource {
        MiniBatchGradient(surface: surface, sampler: sampler)
    }

    private static func noisy<S: Surface>(_ surface: S, deviation: Double, seed: UInt64) -> any GradientSource {
        NoisyGradient(surface: surface, standardDeviation: deviation, random: RandomSource(seed: seed))
    }

    private static func exact<S: Surface>(_ surface: S) -> any GradientSource {
        ExactGradient(surface: surface)
    }

    /// The step loop, generic over the optimizer and the recording only: it is entered through
    /// `Optimizer.runSteps`, whose witness for each optimizer is compiled with both types known, so
    /// the per-step `update` is direct (see `RunCursor`).
    static func loop<O: Optimizer, R: StepRecording>(
        _ setup: RunSetup, gradients: inout any GradientSource, optimizer: O, into record: inout R
    ) {
        var cursor = RunCursor(setup, gradients: &gradients, optimizer: optimizer, into: &record)
        for step in stride(from: 1, through: setup.steps, by: 1) {
            if !cursor.advance(step: step, setup, gradients: &gradients, optimizer: optimizer, into: &record) { break }
        }
    }

    /// `endpoints(_:from:)` for one optimizer type, entered through `Optimizer.runEndpoints`: the
    /// starts in groups of `lanes`, each group's cursors advanced together, step by step.
    /// When every run sees the same rates and the optimizer needs no closure, the runs go in
    /// lockstep instead (`LockstepEndpoints`), with the schedule run once.
    static func interleavedEndpoints<O: Optimizer>(_ setup: RunSetup, optimizer: O, from starts: [Vec2]) -> [RunEndpoint] {
        if !optimizer.needsClosure, let rates = LockstepEndpoints.sharedRates(setup) {
            return LockstepEndpoints.endpoints(setup, optimizer: optimizer, rates: rates, from: starts)
        }
        var ends: [RunEndpoint] = []
        ends.reserveCapacity(starts.count)
        for first in stride(from: 0, to: starts.count, by: lanes) {
            var records: [RunEndpoint] = []
            var sources: [any GradientSource] = []
            var cursors: [RunCursor<O>] = []
            for start in starts[first..<min(first + lanes, starts.count)] {
                var laneSetup = setup
                laneSetup.start = start
                var record = RunEndpoint(point: start)
                var source = gradientSource(laneSetup)
                cursors.append(RunCursor(laneSetup, gradients: &source, optimizer: optimizer, into: &record))
                records.append(record)
                sources.append(source)
            }
            var running = Array(repeating: true, count: cursors.count)
            var live = cursors.count
            var step = 1
            while step <= setup.steps, live > 0 {
                for lane in cursors.indices where running[lane] {
                    if !cursors[lane].advance(step: step, setup, gradients: &sources[lane], optimizer: optimizer, into: &records[lane]) {
                        running[lane] = false
                        live -= 1
                    }
                }
                step += 1
            }
            ends += records
        }
        return ends
    }
}
