/// The smallest deep network: two linear layers of one unit each, `y ≈ w2·w1·x`, fitted to a data
/// set with PyTorch's `MSELoss` (mean, no 1/2), as a surface over the two weights `(w1, w2)`
/// (Goodfellow, Vinyals & Saxe, "Qualitatively characterizing neural network optimization
/// problems", ICLR 2015). With `p = w1·w2` and the sums `Sxx = Σ x_i²`, `Sxy = Σ x_i y_i`,
/// `Syy = Σ y_i²` over the `n` samples:
///
///     L(w1, w2) = (1/n) Σ_i (w1 w2 x_i - y_i)^2 = (Sxx p^2 - 2 Sxy p + Syy)/n
///     grad L    = (2/n) (Sxx p - Sxy) (w2, w1)
///     H         = (2/n) [[Sxx w2^2, 2 Sxx p - Sxy], [2 Sxx p - Sxy, Sxx w1^2]]
///
/// The loss depends on the weights only through their product, so every point of the hyperbola
/// `w1·w2 = c` with `c = Sxy/Sxx` (the least-squares slope) is a global minimum: a curve of
/// minima, not a point. The origin is a saddle, `H = (2/n) [[0, -Sxy], [-Sxy, 0]]` with
/// eigenvalues `±2 Sxy/n`: it falls along `w1 = w2` (for `c > 0`) and rises along `w1 = -w2`,
/// where the gradient points straight at it. Near the origin the gradient is small in every
/// direction, so a run started from small weights waits on a plateau before it learns.
///
/// The listed minima are the two balanced ones, `w1 = w2 = ±√c` (`w1 = -w2 = ±√-c` when `c < 0`),
/// the points of the curve nearest the origin.
public struct DeepLinear: SampledSurface {
    /// The samples.
    public let data: Dataset
    private let sxx: Double
    public let criticalPoints: [CriticalPoint]
    public let defaultDomain: Domain
    public let defaultStart: Vec2

    /// The loss over `data`.
    public init(data: Dataset) {
        self.data = data
        var sxx = 0.0, sxy = 0.0, syy = 0.0
        for (x, y) in zip(data.inputs, data.targets) {
            sxx += x * x
            sxy += x * y
            syy += y * y
        }
        self.sxx = sxx
        let n = Double(max(1, data.count))
        let c = sxx > 0 ? sxy / sxx : 0
        let s = abs(c).squareRoot(), sign: Double = c < 0 ? -1 : 1
        // The loss at the balanced minimum, summed over the samples as `value(at:)` sums it.
        let product = s * (sign * s)
        var squares = 0.0
        for (x, y) in zip(data.inputs, data.targets) { squares += (product * x - y) * (product * x - y) }
        let floor = squares / n
        if c == 0 {
            criticalPoints = [CriticalPoint(point: .zero, kind: .minimum, value: floor, isGlobal: true)]
        } else {
            criticalPoints = [
                CriticalPoint(point: Vec2(s, sign * s), kind: .minimum, value: floor, isGlobal: true),
                CriticalPoint(point: Vec2(-s, -sign * s), kind: .minimum, value: floor, isGlobal: true),
                CriticalPoint(point: .zero, kind: .saddle, value: syy / n),
            ]
        }
        let r = max(2, (1.8 * s).rounded(.up))
        defaultDomain = Domain(x: -r...r, y: -r...r)
        defaultStart = Vec2(0.05, 0.1)
    }

    /// The loss over `Dataset.line(samples:slope:intercept:noise:seed:)`: the product `w1·w2`
    /// should learn `slope`.
    public init(samples: Int = 40, noise: Double = 0.1, seed: UInt64 = 0, slope: Double = 2, intercept: Double = 0) {
        self.init(data: .line(samples: samples, slope: slope, intercept: intercept, noise: noise, seed: seed))
    }

    public var sampleCount: Int { data.count }

    /// `(1/n) Σ_i (w1 w2 x_i - y_i)^2`, summed over the samples (as PyTorch's `MSELoss` does, rather
    /// than from `Sxx`, `Sxy`, `Syy`, which would cancel near the minimum).
    public func value(at p: Vec2) -> Double {
        guard data.count > 0 else { return 0 }
        let w = p.x * p.y
        var sum = 0.0
        for (x, y) in zip(data.inputs, data.targets) {
            let r = w * x - y
            sum += r * r
        }
        return sum / Double(data.count)
    }

    public func gradient(at p: Vec2) -> Vec2 { meanGradient(at: p, samples: 0..<data.count) }

    public func gradient(at p: Vec2, samples indices: ArraySlice<Int>) -> Vec2 {
        meanGradient(at: p, samples: indices)
    }

    /// `(2/|B|) Σ_{i in B} (w1 w2 x_i - y_i) x_i (w2, w1)` over any collection of sample indices.
    private func meanGradient<C: Collection<Int>>(at p: Vec2, samples indices: C) -> Vec2 {
        guard !indices.isEmpty else { return .zero }
        let w = p.x * p.y
        var sum = 0.0
        for i in indices {
            let x = data.inputs[i]
            sum += (w * x - data.targets[i]) * x
        }
        return 2 * sum / Double(indices.count) * Vec2(p.y, p.x)
    }

    /// `(2/n) [[Sxx w2^2, 2 Sxx p - Sxy], [., Sxx w1^2]]`, the off-diagonal written as
    /// `(2/n) Sxx p + dL/dp` so that it is exactly the gradient's factor where that vanishes.
    public func hessian(at p: Vec2) -> Matrix2 {
        let n = Double(max(1, data.count)), w = p.x * p.y
        let slope = gradientFactor(w)
        return Matrix2(symmetric: 2 / n * sxx * p.y * p.y, 2 / n * sxx * w + slope, 2 / n * sxx * p.x * p.x)
    }

    /// `dL/dp = (2/n) Σ_i (p x_i - y_i) x_i`.
    private func gradientFactor(_ w: Double) -> Double {
        guard data.count > 0 else { return 0 }
        var sum = 0.0
        for (x, y) in zip(data.inputs, data.targets) { sum += (w * x - y) * x }
        return 2 * sum / Double(data.count)
    }
}

extension DeepLinear {
    /// The catalog entry for `deep_linear`.
    static let catalogEntry = CatalogEntry<any Surface>(
        name: "deep_linear", aliases: ["linear_network", "two_layer_linear"],
        summary: "Mean squared error of the two-layer linear network y = w2*w1*x on seeded synthetic data, over (w1, w2): a hyperbola of minima w1*w2 = c and a saddle at the origin",
        parameters: DataParameters.specs(noise: 0.1, intercept: 0, noiseSummary: "Standard deviation of the targets around the line")
    ) { r throws(ParameterError) in
        let d = try DataParameters(r, noise: 0.1, intercept: 0)
        return DeepLinear(samples: d.samples, noise: d.noise, seed: d.seed, slope: d.slope, intercept: d.intercept)
    }
}
