/// A one-feature data set: inputs `x_i` with targets `y_i` (numbers, or 0/1 labels).
public struct Dataset: Sendable, Hashable {
    /// The inputs `x_i`.
    public let inputs: [Double]
    /// The targets `y_i`.
    public let targets: [Double]

    /// Creates a data set; extra entries of the longer array are ignored.
    public init(inputs: [Double], targets: [Double]) {
        let n = min(inputs.count, targets.count)
        self.inputs = Array(inputs.prefix(n))
        self.targets = Array(targets.prefix(n))
    }

    /// The number of samples `n`.
    public var count: Int { inputs.count }

    /// `n` samples of the line `y = slope x + intercept + noise * z`, `x` uniform in `[0, 2)` and
    /// `z` standard normal, drawn from `RandomSource(seed:)` (one uniform, then one normal, per sample).
    ///
    /// `x` in `[0, 2)` (mean 1, not 0) couples slope and intercept: the loss surface is a tilted
    /// valley with condition number about 15.
    public static func line(samples n: Int, slope: Double, intercept: Double, noise: Double, seed: UInt64) -> Dataset {
        var random = RandomSource(seed: seed)
        var inputs: [Double] = [], targets: [Double] = []
        for _ in 0..<max(0, n) {
            let x = 2 * random.nextUniform()
            inputs.append(x)
            targets.append(slope * x + intercept + noise * random.nextNormal())
        }
        return Dataset(inputs: inputs, targets: targets)
    }

    /// `n` labelled samples: `x` standard normal, label 1 when `slope x + intercept + noise * z > 0`
    /// (`z` standard normal), else 0. The noise makes the classes overlap, so logistic regression
    /// has a finite optimum.
    public static func labels(samples n: Int, slope: Double, intercept: Double, noise: Double, seed: UInt64) -> Dataset {
        var random = RandomSource(seed: seed)
        var inputs: [Double] = [], targets: [Double] = []
        for _ in 0..<max(0, n) {
            let x = random.nextNormal()
            inputs.append(x)
            targets.append(slope * x + intercept + noise * random.nextNormal() > 0 ? 1 : 0)
        }
        return Dataset(inputs: inputs, targets: targets)
    }
}
