/// A loss over a flat parameter vector of any length that is a mean over samples,
/// `L(theta) = (1/n) sum_i l_i(theta)`, so a run can follow mini-batch gradients.
///
/// Methods are `mutating` so that an objective can keep its scratch memory (a network's
/// activations) between calls instead of allocating per evaluation.
public protocol ParameterObjective: Sendable {
    /// The length of the parameter vector.
    var parameterCount: Int { get }
    /// The number of samples `n` the loss averages over.
    var sampleCount: Int { get }
    /// The full loss `L(theta)` (the recorded quantity; the schedule's metric).
    mutating func loss(_ parameters: [Double]) -> Double
    /// The mean loss over the samples `indices`, with its gradient written into `gradient`.
    mutating func lossAndGradient(_ parameters: [Double], samples indices: ArraySlice<Int>, gradient: inout [Double]) -> Double
    /// A held-out loss recorded beside the training loss, or nil when there is none.
    mutating func validationLoss(_ parameters: [Double]) -> Double?
}

extension ParameterObjective {
    /// No held-out loss by default.
    public mutating func validationLoss(_ parameters: [Double]) -> Double? { nil }
}
