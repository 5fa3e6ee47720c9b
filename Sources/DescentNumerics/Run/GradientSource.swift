/// Where a run's gradients come from: exact, with Gaussian noise, or from mini-batches.
///
/// The runner is generic over its source, so the step loop is specialized for each kind.
public protocol GradientSource {
    /// The gradient the optimizer sees at `p` for the next step.
    mutating func gradient(at p: Vec2) -> Vec2
}

/// The exact gradient, `grad f(p)`.
struct ExactGradient<S: Surface>: GradientSource {
    let surface: S

    func gradient(at p: Vec2) -> Vec2 { surface.gradient(at: p) }
}

/// The exact gradient plus independent Gaussian noise, `grad f(p) + sigma z`, `z ~ N(0, I)`,
/// standing in for mini-batch noise on an analytic surface: `sigma = noise / sqrt(batchSize)`.
struct NoisyGradient<S: Surface>: GradientSource {
    let surface: S
    /// `sigma`.
    let standardDeviation: Double
    var random: RandomSource

    mutating func gradient(at p: Vec2) -> Vec2 {
        surface.gradient(at: p) + standardDeviation * random.nextNormalPair()
    }
}

/// The mean gradient over the next mini-batch of a `SampledSurface`.
struct MiniBatchGradient<S: SampledSurface>: GradientSource {
    let surface: S
    var sampler: MiniBatchSampler

    mutating func gradient(at p: Vec2) -> Vec2 {
        let batch = sampler.nextBatch()
        return surface.gradient(at: p, samples: sampler.order[batch])
    }
}
