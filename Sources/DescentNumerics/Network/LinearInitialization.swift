/// PyTorch's default initialization of `nn.Linear` (`reset_parameters`), seeded with the
/// project's own random numbers.
///
/// `kaiming_uniform_(weight, a = sqrt(5))` draws from `U(-bound, bound)` with
/// `bound = gain * sqrt(3 / fan_in)` and `gain = sqrt(2 / (1 + a^2)) = sqrt(1/3)`, so
/// `bound = 1 / sqrt(fan_in)`; the bias is drawn from `U(-1/sqrt(fan_in), 1/sqrt(fan_in))` too.
/// Each entry therefore has mean 0 and variance `bound^2 / 3 = 1 / (3 fan_in)`.
///
/// The draws follow the flat parameter order (layer by layer, weight row-major, then bias), one
/// `RandomSource.nextUniform()` `u` per entry, mapped to `bound * (2u - 1)`. The numbers differ
/// from `torch.manual_seed`'s; the distribution is PyTorch's.
public enum LinearInitialization {
    /// `1 / sqrt(fan_in)`: the half-width of the uniform for a layer with `fanIn` inputs.
    public static func bound(fanIn: Int) -> Double { 1 / Double(max(1, fanIn)).squareRoot() }

    /// Fresh parameters for `layout`, from `seed`.
    public static func parameters(for layout: NetworkLayout, seed: UInt64) -> [Double] {
        var random = RandomSource(seed: seed)
        var theta = [Double](repeating: 0, count: layout.parameterCount)
        for layer in layout.layers {
            let b = bound(fanIn: layer.inputs)
            for index in layer.weightOffset..<(layer.biasOffset + layer.outputs) {
                theta[index] = b * (2 * random.nextUniform() - 1)
            }
        }
        return theta
    }
}
