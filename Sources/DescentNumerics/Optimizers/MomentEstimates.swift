/// The first and second moment estimates shared by Adam, AdamW, NAdam and RAdam.
enum MomentEstimates {
    /// Updates the moments in PyTorch's operation order:
    /// `m <- m + (1 - beta1) * (g - m)` (`lerp_`), `v <- v * beta2 + ((1 - beta2) * g) * g`.
    static func update(m: inout Vec2, v: inout Vec2, gradient g: Vec2, beta1: Double, beta2: Double) {
        m = TorchPointwise.lerp(m, g, 1 - beta1)
        v = v * beta2 + ((1 - beta2) * g) * g
    }
}
