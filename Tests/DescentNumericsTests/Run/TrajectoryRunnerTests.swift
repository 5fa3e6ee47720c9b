import Foundation
import Testing
@testable import DescentNumerics

@Suite("Run loop: noise, mini-batches, divergence")
struct TrajectoryRunnerTests {
    func run(_ surface: any Surface, lr: Double = 0.1, steps: Int = 50, batch: Int? = nil, seed: UInt64 = 0, noise: Double = 0, start: Vec2? = nil) -> Trajectory {
        TrajectoryRunner.run(RunSetup(
            surface: surface, optimizer: SGD(), learningRate: lr, start: start ?? surface.defaultStart, steps: steps,
            batchSize: batch, seed: seed, noise: noise
        ))
    }

    @Test func sameSeedSameTrajectoryOtherSeedDiffers() {
        let data = LeastSquares()
        let a = run(data, batch: 4, seed: 1), b = run(data, batch: 4, seed: 1), c = run(data, batch: 4, seed: 2)
        #expect(a.points == b.points && a.gradients == b.gradients)
        #expect(a.points != c.points)
        let n1 = run(Bowl(), seed: 1, noise: 0.5), n2 = run(Bowl(), seed: 1, noise: 0.5), n3 = run(Bowl(), seed: 2, noise: 0.5)
        #expect(n1.points == n2.points && n1.points != n3.points)
    }

    /// Plain SGD on the bowl without noise: `x_t = (1 - lr)^t x_0` exactly as PyTorch's SGD.
    @Test func exactRunFollowsTheClosedForm() {
        let t = run(Bowl(), lr: 0.1, steps: 10, start: Vec2(1, -2))
        #expect(t.points.count == 11)
        for (k, p) in t.points.enumerated() {
            #expect((p - pow(0.9, Double(k)) * Vec2(1, -2)).length < 1e-15)
        }
    }

    /// Full batch (nil or >= n) on a data surface is the exact gradient.
    @Test func fullBatchIsExact() {
        let data = LeastSquares(samples: 20)
        let exact = run(data, batch: nil), large = run(data, batch: 20)
        #expect(exact.points == large.points)
        for (p, g) in zip(exact.points, exact.gradients) { #expect(g == data.gradient(at: p)) }
    }

    /// A data epoch is one pass: 40 samples in batches of 16 make 3 steps per epoch.
    @Test func dataEpochIsOnePass() {
        let setup = RunSetup(surface: LeastSquares(samples: 40), optimizer: SGD(), learningRate: 0.1, start: .zero, steps: 9, stepsPerEpoch: 7, batchSize: 16)
        #expect(setup.stepsPerEpoch == 3)
        #expect(RunSetup.epochLength(surface: Bowl(), batchSize: 16, requested: 7) == 7)
        #expect(RunSetup.epochLength(surface: LeastSquares(samples: 40), batchSize: nil, requested: 7) == 1)
    }

    /// The mini-batch gradients of one pass average to the full gradient only at a fixed point, so
    /// check one step: the first step's gradient is the mean over the first shuffled batch.
    @Test func miniBatchGradientIsTheBatchMean() {
        let data = LeastSquares(samples: 12)
        let t = run(data, steps: 1, batch: 5, seed: 3)
        var sampler = MiniBatchSampler(count: 12, batchSize: 5, seed: 3)
        let batch = sampler.nextBatch()
        #expect(t.gradients[0] == data.gradient(at: t.points[0], samples: sampler.order[batch]))
        #expect(t.losses[0] == data.value(at: t.points[0]))
    }

    /// Gaussian gradient noise has standard deviation noise / sqrt(batch): 0.8 / sqrt(4) = 0.4.
    @Test func noiseScaleShrinksWithBatchSize() {
        var source = NoisyGradient(surface: Bowl(), standardDeviation: 0.8 / 4.0.squareRoot(), random: RandomSource(seed: 11))
        let p = Vec2(0.3, -0.2)
        var squares = 0.0
        let n = 20_000
        for _ in 0..<n {
            let e = source.gradient(at: p) - p
            squares += e.x * e.x + e.y * e.y
        }
        #expect(abs((squares / Double(2 * n)).squareRoot() - 0.4) < 0.01)
        // The run wires batch size into the same deviation.
        let a = run(Bowl(), steps: 1, batch: 4, seed: 11, noise: 0.8, start: p)
        var check = NoisyGradient(surface: Bowl(), standardDeviation: 0.4, random: RandomSource(seed: 11))
        #expect(a.gradients[0] == check.gradient(at: p))
    }

    /// SGD with lr = 3 on the bowl multiplies the point by -2 each step. From (-1.6, 1.4), x leaves
    /// the escape domain [-202, 202] (the domain [-2, 2] grown 50-fold on each side) at step 7
    /// (1.6 * 2^7 = 204.8); the last good point is step 6's (-1.6 * 64, 1.4 * 64).
    @Test func divergenceLeavingTheDomain() throws {
        let t = run(Bowl(), lr: 3, steps: 100)
        let d = try #require(t.divergence)
        #expect(d.reason == .leftDomain && d.step == 7)
        #expect(d.lastPoint == Vec2(-102.4, 89.6))
        #expect(t.points.count == 7)
    }

    /// `log(x)` from x = 0.5 with lr = 1: x <- 0.5 - 1/0.5 = -1.5, where log is NaN.
    @Test func divergenceNotFinite() throws {
        let surface = try ExpressionSurface("log(x) + y^2", domain: Domain(x: 0.1...2, y: -1...1))
        let t = run(surface, lr: 1, steps: 10, start: Vec2(0.5, 0))
        let d = try #require(t.divergence)
        #expect(d.reason == .notFinite && d.step == 1 && d.lastPoint == Vec2(0.5, 0))
    }

    /// The basins path runs many starts at once: exact gradients under a schedule that does not
    /// read the loss go in lockstep with the rates computed once (Adam, a lane rule, four points
    /// to a vector; SGD one point at a time), anything else runs each start's own schedule and
    /// noise. Each endpoint must be bit for bit the last point of that start's run alone (the
    /// reference: `run`, whose points the optimizer tests pin to PyTorch). Twenty starts (a full
    /// group of sixteen and a partial one), one diverging at step 1 (its loss overflows), one
    /// leaving the domain; exact Adam, Adam under StepLR every 3 steps and under OneCycleLR (which
    /// sets beta1 each step), AMSGrad with decoupled weight decay, noisy SGD with momentum under
    /// ReduceLROnPlateau, and plain SGD.
    @Test func interleavedEndpointsMatchEachRunAlone() {
        let starts = [Vec2(0, 0), Vec2(-3, 3), Vec2(1e200, 1e200), Vec2(4, -4), Vec2(-0.27, -0.92), Vec2(2.5, 1.5), Vec2(-5, -5)]
            + (0..<13).map { Vec2(-4 + 0.6 * Double($0), 3.5 - 0.5 * Double($0)) }
        let setups = [
            RunSetup(surface: Himmelblau(), optimizer: Adam(steps: 300), learningRate: 0.05, start: .zero, steps: 300),
            RunSetup(surface: Himmelblau(), optimizer: Adam(steps: 300), schedule: StepLR(stepSize: 40, gamma: 0.5),
                     learningRate: 0.1, start: .zero, steps: 300, stepsPerEpoch: 3),
            RunSetup(surface: Himmelblau(), optimizer: Adam(steps: 200), schedule: OneCycleLR(maxLearningRate: 0.2, totalSteps: 200),
                     learningRate: 0.1, start: .zero, steps: 200),
            RunSetup(surface: Rosenbrock(), optimizer: Adam(weightDecay: 0.01, decoupledWeightDecay: true, amsgrad: true, steps: 250),
                     learningRate: 0.02, start: .zero, steps: 250),
            RunSetup(
                surface: Himmelblau(), optimizer: SGD(momentum: 0.9), schedule: ReduceLROnPlateau(patience: 3),
                learningRate: 0.01, start: .zero, steps: 300, seed: 7, noise: 2
            ),
            RunSetup(surface: Himmelblau(), optimizer: SGD(), learningRate: 0.2, start: .zero, steps: 50),
        ]
        for setup in setups {
            let ends = TrajectoryRunner.endpoints(setup, from: starts)
            #expect(ends.count == starts.count)
            for (start, end) in zip(starts, ends) {
                var alone = setup
                alone.start = start
                let trajectory = TrajectoryRunner.run(alone)
                #expect(end.point == trajectory.points.last && end.divergence == trajectory.divergence, "from \(start)")
                #expect(end.loss == trajectory.losses.last || (end.loss.isNaN && trajectory.losses.last?.isNaN == true))
            }
        }
        let diverged = TrajectoryRunner.endpoints(setups[0], from: starts).compactMap(\.divergence)
        #expect(diverged.contains { $0.reason == .notFinite && $0.step == 1 })
        #expect(TrajectoryRunner.endpoints(setups[5], from: starts).contains { $0.divergence?.reason == .leftDomain })
    }

    /// Only `ReduceLROnPlateau` reads the loss, and a chain or sequence holding one; the lockstep
    /// basins path computes the rates once only for the others.
    @Test func schedulesThatReadTheLoss() {
        #expect(ReduceLROnPlateau(patience: 3).readsLoss)
        #expect(ChainedScheduler([StepLR(stepSize: 2), ReduceLROnPlateau(patience: 1)]).readsLoss)
        #expect(!ChainedScheduler([StepLR(stepSize: 2), ExponentialLR(gamma: 0.9)]).readsLoss)
        #expect(!StepLR(stepSize: 2).readsLoss && !ConstantSchedule().readsLoss)
        let plateau = RunSetup(surface: Himmelblau(), optimizer: SGD(), schedule: ReduceLROnPlateau(patience: 3), learningRate: 0.01, start: .zero, steps: 5)
        #expect(LockstepEndpoints.sharedRates(plateau) == nil)
        let noisy = RunSetup(surface: Himmelblau(), optimizer: SGD(), learningRate: 0.01, start: .zero, steps: 5, noise: 1)
        #expect(LockstepEndpoints.sharedRates(noisy) == nil)
        // StepLR(step_size=2, gamma=0.1) from 1, stepped after every epoch of 2 steps: steps 1-4
        // use 1, steps 5-8 use 0.1 (the rate of epoch e is 0.1^floor(e / 2)).
        let stepped = RunSetup(surface: Himmelblau(), optimizer: SGD(), schedule: StepLR(stepSize: 2), learningRate: 1, start: .zero, steps: 8, stepsPerEpoch: 2)
        #expect(LockstepEndpoints.sharedRates(stepped)?.map(\.learningRate) == [1, 1, 1, 1, 0.1, 0.1, 0.1, 0.1])
    }
}
