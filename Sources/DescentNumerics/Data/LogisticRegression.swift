import Foundation

/// Logistic regression's mean binary cross-entropy (PyTorch's `BCEWithLogitsLoss`) over a labelled
/// data set, as a surface in the weight `w` (x axis) and bias `b` (y axis):
///
///     z_i = w x_i + b,   L(w, b) = (1/n) sum_i [log(1 + exp(z_i)) - y_i z_i]
///     grad L = (1/n) sum_i (sigma(z_i) - y_i) (x_i, 1)
///     H      = (1/n) sum_i sigma(z_i) (1 - sigma(z_i)) [[x_i^2, x_i], [x_i, 1]]
///
/// The loss is convex; its minimum is found by damped Newton iteration from `(0, 0)`. When the
/// classes are separable there is no finite minimum and `criticalPoints` is empty.
public struct LogisticRegression: SampledSurface {
    /// The samples, with labels 0 or 1.
    public let data: Dataset
    public private(set) var criticalPoints: [CriticalPoint] = []
    public private(set) var defaultDomain = Domain(x: -4...4, y: -4...4)
    public private(set) var defaultStart = Vec2(-3, 3)

    /// The loss over `data`.
    public init(data: Dataset) {
        self.data = data
        if let optimum = findOptimum() {
            criticalPoints = [CriticalPoint(point: optimum, kind: .minimum, value: value(at: optimum), isGlobal: true)]
            defaultDomain = Domain(x: (optimum.x - 4)...(optimum.x + 4), y: (optimum.y - 4)...(optimum.y + 4))
            defaultStart = optimum + Vec2(-3, 3)
        }
    }

    /// The loss over `Dataset.labels(samples:slope:intercept:noise:seed:)`.
    public init(samples: Int = 40, noise: Double = 1, seed: UInt64 = 0, slope: Double = 2, intercept: Double = 0.5) {
        self.init(data: .labels(samples: samples, slope: slope, intercept: intercept, noise: noise, seed: seed))
    }

    public var sampleCount: Int { data.count }

    /// `log(1 + exp(z))`, computed as `max(z, 0) + log1p(exp(-|z|))` so it cannot overflow.
    static func softplus(_ z: Double) -> Double { max(z, 0) + log1p(exp(-abs(z))) }

    /// `1 / (1 + exp(-z))`, computed without overflow.
    static func sigmoid(_ z: Double) -> Double {
        z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z))
    }

    public func value(at p: Vec2) -> Double {
        guard data.count > 0 else { return 0 }
        var sum = 0.0
        for (x, y) in zip(data.inputs, data.targets) {
            let z = p.x * x + p.y
            sum += Self.softplus(z) - y * z
        }
        return sum / Double(data.count)
    }

    public func gradient(at p: Vec2) -> Vec2 { meanGradient(at: p, samples: 0..<data.count) }

    public func gradient(at p: Vec2, samples indices: ArraySlice<Int>) -> Vec2 {
        meanGradient(at: p, samples: indices)
    }

    /// `(1/|B|) sum_{i in B} (sigma(z_i) - y_i) (x_i, 1)`.
    private func meanGradient<C: Collection<Int>>(at p: Vec2, samples indices: C) -> Vec2 {
        guard !indices.isEmpty else { return .zero }
        var g = Vec2.zero
        for i in indices {
            let x = data.inputs[i]
            g += (Self.sigmoid(p.x * x + p.y) - data.targets[i]) * Vec2(x, 1)
        }
        return g / Double(indices.count)
    }

    public func hessian(at p: Vec2) -> Matrix2 {
        guard data.count > 0 else { return Matrix2(symmetric: 0, 0, 0) }
        var xx = 0.0, xy = 0.0, yy = 0.0
        for x in data.inputs {
            let s = Self.sigmoid(p.x * x + p.y), weight = s * (1 - s)
            xx += weight * x * x
            xy += weight * x
            yy += weight
        }
        let n = Double(data.count)
        return Matrix2(symmetric: xx / n, xy / n, yy / n)
    }

    /// Newton's method with step halving until the loss decreases, converged when the Newton step
    /// vanishes; nil when it does not converge (with separable classes the loss keeps falling
    /// toward 0 as `|w|` grows, and the Newton step does not shrink).
    private func findOptimum() -> Vec2? {
        var p = Vec2.zero, loss = value(at: p)
        for _ in 0..<200 {
            let g = gradient(at: p)
            guard let inverse = hessian(at: p).inverse(tolerance: 1e-300) else { return nil }
            var step = inverse * g, candidate = p - step, candidateLoss = value(at: candidate)
            var halvings = 0
            while candidateLoss > loss, halvings < 50 {
                step *= 0.5
                candidate = p - step
                candidateLoss = value(at: candidate)
                halvings += 1
            }
            guard candidate.isFinite, candidate.length < 1e6 else { return nil }
            if step.length < 1e-14 * (1 + p.length) { return gradient(at: candidate).length < 1e-8 ? candidate : nil }
            p = candidate
            loss = candidateLoss
        }
        return nil
    }
}

extension LogisticRegression {
    /// The catalog entry for `logistic_regression`.
    static let catalogEntry = CatalogEntry<any Surface>(
        name: "logistic_regression", aliases: ["logistic", "bce"],
        summary: "Mean cross-entropy of logistic regression on seeded synthetic labels, over (w, b)",
        parameters: DataParameters.specs(noise: 1, intercept: 0.5, noiseSummary: "Noise added before thresholding the labels (overlap of the classes)")
    ) { r throws(ParameterError) in
        let d = try DataParameters(r, noise: 1, intercept: 0.5)
        return LogisticRegression(samples: d.samples, noise: d.noise, seed: d.seed, slope: d.slope, intercept: d.intercept)
    }
}
