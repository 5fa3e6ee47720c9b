/// Linear regression's mean squared error over a data set, as a surface in the slope `w` (x axis)
/// and intercept `b` (y axis), with PyTorch's `MSELoss` (mean, no 1/2):
///
///     L(w, b) = (1/n) sum_i (w x_i + b - y_i)^2
///     grad L  = (2/n) sum_i r_i (x_i, 1),          r_i = w x_i + b - y_i
///     H       = (2/n) [[sum x_i^2, sum x_i], [sum x_i, n]]   (constant)
///
/// The minimum is the least-squares fit, from the normal equations `H p = (2/n) (sum x_i y_i, sum y_i)`.
public struct LeastSquares: SampledSurface {
    /// The samples.
    public let data: Dataset
    private let curvature: Matrix2
    public private(set) var criticalPoints: [CriticalPoint] = []
    public let defaultDomain: Domain
    public let defaultStart: Vec2

    /// The loss over `data`.
    public init(data: Dataset) {
        self.data = data
        let n = Double(max(1, data.count))
        var sx = 0.0, sxx = 0.0, sxy = 0.0, sy = 0.0
        for (x, y) in zip(data.inputs, data.targets) {
            sx += x
            sxx += x * x
            sxy += x * y
            sy += y
        }
        curvature = Matrix2(symmetric: 2 * sxx / n, 2 * sx / n, data.count == 0 ? 0 : 2)
        let optimum = curvature.inverse(tolerance: 1e-12).map { $0 * Vec2(2 * sxy / n, 2 * sy / n) }
        let center = optimum ?? .zero
        defaultDomain = Domain(x: (center.x - 3)...(center.x + 3), y: (center.y - 3)...(center.y + 3))
        defaultStart = center + Vec2(-2.5, 2.5)
        if let optimum {
            criticalPoints = [CriticalPoint(point: optimum, kind: .minimum, value: value(at: optimum), isGlobal: true)]
        }
    }

    /// The loss over `Dataset.line(samples:slope:intercept:noise:seed:)`.
    public init(samples: Int = 40, noise: Double = 0.5, seed: UInt64 = 0, slope: Double = 2, intercept: Double = -1) {
        self.init(data: .line(samples: samples, slope: slope, intercept: intercept, noise: noise, seed: seed))
    }

    public var sampleCount: Int { data.count }

    public func value(at p: Vec2) -> Double {
        guard data.count > 0 else { return 0 }
        var sum = 0.0
        for (x, y) in zip(data.inputs, data.targets) {
            let r = p.x * x + p.y - y
            sum += r * r
        }
        return sum / Double(data.count)
    }

    public func gradient(at p: Vec2) -> Vec2 { meanGradient(at: p, samples: 0..<data.count) }

    public func gradient(at p: Vec2, samples indices: ArraySlice<Int>) -> Vec2 {
        meanGradient(at: p, samples: indices)
    }

    /// `(2/|B|) sum_{i in B} r_i (x_i, 1)` over any collection of sample indices.
    private func meanGradient<C: Collection<Int>>(at p: Vec2, samples indices: C) -> Vec2 {
        guard !indices.isEmpty else { return .zero }
        var g = Vec2.zero
        for i in indices {
            let x = data.inputs[i]
            g += (p.x * x + p.y - data.targets[i]) * Vec2(x, 1)
        }
        return 2 / Double(indices.count) * g
    }

    public func hessian(at p: Vec2) -> Matrix2 { curvature }
}

extension LeastSquares {
    /// The catalog entry for `least_squares`.
    static let catalogEntry = CatalogEntry<any Surface>(
        name: "least_squares", aliases: ["linear_regression", "mse"],
        summary: "Mean squared error of a line fit y = w*x + b to seeded synthetic data, over (w, b)",
        parameters: DataParameters.specs(noise: 0.5, intercept: -1, noiseSummary: "Standard deviation of the targets around the line")
    ) { r throws(ParameterError) in
        let d = try DataParameters(r, noise: 0.5, intercept: -1)
        return LeastSquares(samples: d.samples, noise: d.noise, seed: d.seed, slope: d.slope, intercept: d.intercept)
    }
}
