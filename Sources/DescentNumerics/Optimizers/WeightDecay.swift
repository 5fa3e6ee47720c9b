/// PyTorch's two kinds of weight decay, applied before an optimizer's own rule.
enum WeightDecay {
    /// Applies weight decay `lambda` and returns the gradient the rule should use.
    ///
    /// - L2 form (every `torch.optim` optimizer by default): `g <- g + lambda * x`.
    /// - Decoupled form (AdamW, and `decoupled_weight_decay=True`): `x <- x * (1 - lr * lambda)`,
    ///   with `g` unchanged.
    @inline(__always)
    static func apply<V: SIMD>(_ lambda: Double, decoupled: Bool = false, to point: inout V, gradient g: V, learningRate lr: Double) -> V where V.Scalar == Double {
        guard lambda != 0 else { return g }
        if decoupled {
            point = point * (1 - lr * lambda)
            return g
        }
        return g + lambda * point
    }
}
