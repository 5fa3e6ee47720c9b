/// The first and second moment estimates shared by Adam, AdamW, NAdam and RAdam.
enum MomentEstimates {
    /// Updates the moments in PyTorch's operation order:
    /// `m <- m + (1 - beta1) * (g - m)` (`lerp_`), `v <- v * beta2 + ((1 - beta2) * g) * g`.
    /// Generic over the vector: a point's two coordinates, or several points' side by side
    /// (`LaneOptimizer`); each coordinate's arithmetic is the same.
    @inline(__always)
    static func update<V: SIMD>(m: inout V, v: inout V, gradient g: V, beta1: Double, beta2: Double) where V.Scalar == Double {
        m = TorchPointwise.lerp(m, g, 1 - beta1)
        v = v * beta2 + ((1 - beta2) * g) * g
    }
}
