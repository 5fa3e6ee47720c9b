/// The endpoints of runs that differ only in their start, advanced in lockstep: a basins map's
/// hundreds of thousands of runs of one setup.
///
/// When the gradients are exact and the schedule does not read the loss, every run sees the same
/// rate (and scheduled momentum) at step `t`, whatever its start. The schedule is then run once,
/// and the runs go `lanes` at a time through one loop whose only per-step work is the
/// optimizer's update (inlined: the caller is `Optimizer.runEndpoints`'s witness, compiled with
/// the optimizer's type known), the surface's value and gradient, and the stop tests. Each run
/// does exactly what `TrajectoryRunner.run(_:)` does, in the same order, so its endpoint is bit
/// for bit that run's last point:
///
///     for t = 1 ... steps:
///         x <- update(x, g, lr_t, momentum_t, t)
///         stop (diverged at t, last good x kept) if x or f(x) is not finite, or x leaves the
///         escape domain
///         g <- grad f(x)
///
/// Independent runs side by side also hide the latency of each one's dependent square roots and
/// divisions (Adam's), which leaves a core idle when one run goes alone.
enum LockstepEndpoints {
    /// Runs per group in `endpoints`: enough independent chains for the core to overlap one
    /// run's square roots and divisions with the others' (not tuned further).
    static let lanes = 8

    /// The rate and scheduled momentum of each step `t = 1 ... setup.steps` (at index `t - 1`),
    /// or nil when runs of `setup` may see different ones: noisy or mini-batch gradients (the
    /// noise differs by run only through the seed, but its draws interleave with the loss), or a
    /// schedule that reads the loss.
    static func sharedRates(_ setup: RunSetup) -> [ScheduleValue]? {
        guard TrajectoryRunner.hasExactGradients(setup), !setup.schedule.readsLoss else { return nil }
        var schedule = setup.schedule
        var value = schedule.start(baseLearningRate: setup.learningRate)
        var rates: [ScheduleValue] = []
        rates.reserveCapacity(setup.steps)
        for step in stride(from: 1, through: setup.steps, by: 1) {
            rates.append(ScheduleValue(learningRate: value.learningRate, momentum: value.momentum))
            if step % setup.stepsPerEpoch == 0 { value = schedule.advance(loss: .nan) }
        }
        return rates
    }

    /// Runs `setup` from each of `starts` with `rates` (from `sharedRates`), keeping where each
    /// run ends. `optimizer` must not need a closure (L-BFGS evaluates the surface inside its
    /// step; `TrajectoryRunner` runs it per start).
    static func endpoints<O: Optimizer>(_ setup: RunSetup, optimizer: O, rates: [ScheduleValue], from starts: [Vec2]) -> [RunEndpoint] {
        let surface = setup.surface, escape = setup.escapeDomain
        var ends = starts.map { start in
            var end = RunEndpoint(point: start)
            end.loss = surface.value(at: start)
            return end
        }
        var lanePoints = [Vec2](repeating: .zero, count: lanes)
        var laneNext = [Vec2](repeating: .zero, count: lanes)
        var laneGradients = [Vec2](repeating: .zero, count: lanes)
        var laneStates = (0..<lanes).map { _ in optimizer.makeState() }
        var laneRunning = [Bool](repeating: false, count: lanes)
        ends.withUnsafeMutableBufferPointer { ends in
        lanePoints.withUnsafeMutableBufferPointer { points in
        laneNext.withUnsafeMutableBufferPointer { next in
        laneGradients.withUnsafeMutableBufferPointer { gradients in
        laneStates.withUnsafeMutableBufferPointer { states in
        laneRunning.withUnsafeMutableBufferPointer { running in
            for first in stride(from: 0, to: starts.count, by: lanes) {
                let count = min(lanes, starts.count - first)
                for lane in 0..<count {
                    points[lane] = starts[first + lane]
                    gradients[lane] = surface.gradient(at: points[lane])
                    states[lane] = optimizer.makeState()
                    running[lane] = true
                }
                var live = count
                var step = 1
                while step <= setup.steps, live > 0 {
                    let rate = rates[step - 1]
                    for lane in 0..<count where running[lane] {
                        let point = points[lane]
                        let context = StepContext(
                            gradient: gradients[lane], learningRate: rate.learningRate, scheduledMomentum: rate.momentum,
                            hessian: optimizer.needsHessian ? surface.hessian(at: point) : nil, step: step
                        )
                        next[lane] = point
                        _ = optimizer.update(&next[lane], state: &states[lane], context: context)
                    }
                    for lane in 0..<count where running[lane] {
                        let point = next[lane]
                        let loss = surface.value(at: point)
                        let stop = Divergence.Reason.stopping(at: point, loss: loss, escapeDomain: escape)
                        if let stop {
                            ends[first + lane].divergence = Divergence(step: step, lastPoint: points[lane], reason: stop)
                            running[lane] = false
                            live -= 1
                            continue
                        }
                        points[lane] = point
                        gradients[lane] = surface.gradient(at: point)
                        ends[first + lane].point = point
                        ends[first + lane].loss = loss
                    }
                    step += 1
                }
            }
        }
        }
        }
        }
        }
        }
        return ends
    }

    /// Vectors per group in `vectorEndpoints` (four points each).
    static let vectorsPerGroup = 4

    /// `endpoints` for a lane rule: the points of a group packed four to a ``LaneVector`` and
    /// updated a vector at once; the surface is still evaluated point by point. A point that
    /// stops keeps being updated inside its vector (its coordinates do not touch the others'),
    /// but its endpoint is no longer written. Each point's last good position and loss stay in
    /// the group's buffers and are written to its endpoint once, when it stops or the run ends.
    static func vectorEndpoints<O: LaneOptimizer>(_ setup: RunSetup, optimizer: O, rates: [ScheduleValue], from starts: [Vec2]) -> [RunEndpoint] {
        let surface = setup.surface, escape = setup.escapeDomain
        let perGroup = LaneVector.scalarCount / 2 * vectorsPerGroup
        var ends = starts.map { RunEndpoint(point: $0) }
        let group = LaneGroup(vectors: vectorsPerGroup, state: optimizer.makeLaneState())
        defer { group.deallocate() }
        // The vectors' coordinates as one run of doubles: slot i's point is (2i, 2i + 1).
        let coordinates = UnsafeMutableRawPointer(group.points).assumingMemoryBound(to: Double.self)
        let before = UnsafeMutableRawPointer(group.previous).assumingMemoryBound(to: Double.self)
        let slopes = UnsafeMutableRawPointer(group.gradients).assumingMemoryBound(to: Double.self)
        let losses = group.losses, running = group.running
        for first in stride(from: 0, to: starts.count, by: perGroup) {
            let count = min(perGroup, starts.count - first)
            for slot in 0..<perGroup {
                let start = starts[first + min(slot, count - 1)]
                let (loss, g) = surface.valueAndGradient(at: start)
                coordinates[2 * slot] = start.x
                coordinates[2 * slot + 1] = start.y
                slopes[2 * slot] = g.x
                slopes[2 * slot + 1] = g.y
                losses[slot] = loss
                running[slot] = slot < count
            }
            for vector in 0..<vectorsPerGroup { group.states[vector] = optimizer.makeLaneState() }
            var live = count
            var step = 1
            while step <= setup.steps, live > 0 {
                let rate = rates[step - 1]
                for vector in 0..<vectorsPerGroup {
                    group.previous[vector] = group.points[vector]
                    optimizer.updateLanes(
                        &group.points[vector], state: &group.states[vector], gradient: group.gradients[vector],
                        learningRate: rate.learningRate, scheduledMomentum: rate.momentum, step: step
                    )
                }
                // Every point of the group at once, stopped ones too (their values go unused).
                surface.valuesAndGradients(at: coordinates, count: count, values: group.values, gradients: slopes)
                for slot in 0..<count where running[slot] {
                    let point = Vec2(coordinates[2 &* slot], coordinates[2 &* slot &+ 1]), loss = group.values[slot]
                    if let stop = Divergence.Reason.stopping(at: point, loss: loss, escapeDomain: escape) {
                        let last = Vec2(before[2 &* slot], before[2 &* slot &+ 1])
                        ends[first &+ slot].point = last
                        ends[first &+ slot].loss = losses[slot]
                        ends[first &+ slot].divergence = Divergence(step: step, lastPoint: last, reason: stop)
                        running[slot] = false
                        live -= 1
                        continue
                    }
                    losses[slot] = loss
                }
                step += 1
            }
            for slot in 0..<count where running[slot] {
                ends[first + slot].point = Vec2(coordinates[2 * slot], coordinates[2 * slot + 1])
                ends[first + slot].loss = losses[slot]
            }
        }
        return ends
    }
}

/// The working memory of one group of `vectorsPerGroup` lane vectors: positions before and
/// after the step, gradients, optimizer states, and per point its last good loss, the loss
/// just computed and whether it runs.
private struct LaneGroup<State> {
    let points: UnsafeMutablePointer<LaneVector>
    let previous: UnsafeMutablePointer<LaneVector>
    let gradients: UnsafeMutablePointer<LaneVector>
    let states: UnsafeMutablePointer<State>
    let losses: UnsafeMutablePointer<Double>
    let values: UnsafeMutablePointer<Double>
    let running: UnsafeMutablePointer<Bool>
    let vectors: Int

    init(vectors: Int, state: State) {
        self.vectors = vectors
        let slots = vectors * LaneVector.scalarCount / 2
        points = .allocate(capacity: vectors)
        points.initialize(repeating: LaneVector(), count: vectors)
        previous = .allocate(capacity: vectors)
        previous.initialize(repeating: LaneVector(), count: vectors)
        gradients = .allocate(capacity: vectors)
        gradients.initialize(repeating: LaneVector(), count: vectors)
        states = .allocate(capacity: vectors)
        states.initialize(repeating: state, count: vectors)
        losses = .allocate(capacity: slots)
        losses.initialize(repeating: 0, count: slots)
        values = .allocate(capacity: slots)
        values.initialize(repeating: 0, count: slots)
        running = .allocate(capacity: slots)
        running.initialize(repeating: false, count: slots)
    }

    func deallocate() {
        states.deinitialize(count: vectors)
        for buffer in [points, previous, gradients] { buffer.deallocate() }
        states.deallocate()
        losses.deallocate()
        values.deallocate()
        running.deallocate()
    }
}
