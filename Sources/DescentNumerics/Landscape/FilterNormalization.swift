/// Random directions for a 2D slice of a network's loss, scaled like the network's own weights
/// (Li, Xu, Taylor, Studer & Goldstein 2018, "Visualizing the Loss Landscape of Neural Nets",
/// sec. 4, and their `net_plotter.py`).
///
/// A direction `d` has one Gaussian entry per parameter, drawn in the order of `model.parameters()`
/// (`torch.randn` for every tensor, biases included). Then, with `ignore='biasbn'` and
/// `norm='filter'`:
///
///     for each Linear layer and each output neuron i (weight row i, the layer's "filters"):
///         d[i, :] <- d[i, :] / (||d[i, :]|| + 1e-10) * ||w[i, :]||
///     every bias entry of d <- 0
///
/// so a unit step along `d` moves each neuron by as much as its weights are long, and the slice
/// does not depend on the scale-invariance of a ReLU unit. The weights `w` are those at the
/// plane's center (the trained parameters θ*).
public enum FilterNormalization {
    /// The `1e-10` that `net_plotter.py` adds to a direction row's norm.
    public static let epsilon = 1e-10

    /// A seeded Gaussian direction, filter-normalized to `weights` (see the type's rule). The
    /// normals come from `random` one per parameter in flat order, biases included, so two
    /// directions drawn in turn from one source are the first and second axes of a plane.
    public static func direction(like weights: [Double], layout: NetworkLayout, random: inout RandomSource) -> [Double] {
        var d = (0..<layout.parameterCount).map { _ in random.nextNormal() }
        normalize(&d, to: weights, layout: layout)
        return d
    }

    /// Rescales every weight row of `direction` to the norm of the same row of `weights`, and
    /// zeroes the biases (`ignore='biasbn'`). Entries outside the layout are left alone.
    public static func normalize(_ direction: inout [Double], to weights: [Double], layout: NetworkLayout) {
        for layer in layout.layers {
            for row in 0..<layer.outputs {
                let range = layer.weightRow(row)
                guard range.upperBound <= min(direction.count, weights.count) else { continue }
                var dd = 0.0, ww = 0.0
                for i in range {
                    dd += direction[i] * direction[i]
                    ww += weights[i] * weights[i]
                }
                let scale = ww.squareRoot() / (dd.squareRoot() + epsilon)
                for i in range { direction[i] *= scale }
            }
            for i in layer.biasRange where i < direction.count { direction[i] = 0 }
        }
    }
}
