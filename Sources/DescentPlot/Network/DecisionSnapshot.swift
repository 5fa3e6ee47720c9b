/// A classifier's predicted probability of class 1 over the data plane at one training step.
public struct DecisionSnapshot: Sendable, Hashable {
    /// The step (0 is the start).
    public var step: Int
    /// `P(class 1 | x, y)` sampled on a grid over the data's extent.
    public var probability: ScalarField

    /// Creates a snapshot from a sampled field.
    public init(step: Int, probability: ScalarField) {
        self.step = step
        self.probability = probability
    }

    /// Samples `probability(x, y)` on a `resolution x resolution` grid over `x` x `y`.
    public init(step: Int, x: ClosedRange<Double>, y: ClosedRange<Double>, resolution: Int, probability: (Double, Double) -> Double) {
        self.init(step: step, probability: ScalarField(x: x, y: y, columns: resolution, rows: resolution, function: probability))
    }
}

/// The samples of one class of a data set, in data coordinates.
public struct ClassSamples: Sendable, Hashable {
    /// The class's name in the legend (Pango markup).
    public var label: String
    /// The first feature of each sample.
    public var xs: [Double]
    /// The second feature of each sample.
    public var ys: [Double]

    /// Creates the samples of one class.
    public init(label: String, xs: [Double], ys: [Double]) {
        self.label = label
        self.xs = xs
        self.ys = ys
    }
}
