/// A loss that is a mean over samples, `L(p) = (1/n) sum_i l_i(p)`, so a run can follow
/// mini-batch gradients `(1/|B|) sum_{i in B} grad l_i(p)` instead of the full gradient.
///
/// `value`, `gradient` and `hessian` are the full-batch mean.
public protocol SampledSurface: Surface {
    /// The number of samples `n`.
    var sampleCount: Int { get }
    /// The gradient of the mean loss over the samples `indices` (each in `0..<sampleCount`).
    func gradient(at p: Vec2, samples indices: ArraySlice<Int>) -> Vec2
}

extension Regularized: SampledSurface where Base: SampledSurface {
    public var sampleCount: Int { base.sampleCount }

    /// The base's mini-batch gradient plus the penalty's (sub)gradient.
    public func gradient(at p: Vec2, samples indices: ArraySlice<Int>) -> Vec2 {
        base.gradient(at: p, samples: indices) + penaltyGradient(at: p)
    }
}
