import Testing
@testable import DescentNumerics

/// Filter normalization as `net_plotter.py` does it (Li et al. 2018): for each Linear layer's
/// weight row `i`, `d[i] <- d[i] / (||d[i]|| + 1e-10) * ||w[i]||`; biases zeroed (`biasbn`).
@Suite("Filter-normalized directions")
struct FilterNormalizationTests {
    /// `nn.Sequential(Linear(2, 3), act, Linear(3, 2))`: weight 3x2 at 0..<6, bias at 6..<9,
    /// weight 2x3 at 9..<15, bias at 15..<17.
    let layout = NetworkLayout(widths: [2, 3, 2])
    let weights: [Double] = [3, 4, 0.5, -1, 0, 0, 0.1, 0.2, 0.3, 1, 2, 2, -6, 0, 8, 0.7, -0.7]

    /// By hand: one layer `Linear(3, 1)`, direction row (1, 2, 2) (norm 3), weight row (0, 3, 4)
    /// (norm 5): scale 5 / (3 + 1e-10), row (5, 10, 10) / (3 + 1e-10), about (5/3, 10/3, 10/3);
    /// the bias entry 9 -> 0.
    @Test func oneRowByHand() {
        var d: [Double] = [1, 2, 2, 9]
        FilterNormalization.normalize(&d, to: [0, 3, 4, 7], layout: NetworkLayout(widths: [3, 1]))
        let want: [Double] = [5 / (3 + 1e-10), 10 / (3 + 1e-10), 10 / (3 + 1e-10), 0]
        for (got, expected) in zip(d, want) { #expect(abs(got - expected) < 1e-14) }
        #expect(abs(d[1] - 10.0 / 3) < 2e-10)
        #expect(d[3] == 0)
    }

    /// Every neuron's direction row has the norm of its weight row (to the 1e-10 of the rule),
    /// and points along the raw normals drawn in flat order; biases are exactly 0; a neuron with
    /// zero weights gets a zero row.
    @Test func eachNeuronRowTakesItsWeightNorm() {
        var random = RandomSource(seed: 42)
        let d = FilterNormalization.direction(like: weights, layout: layout, random: &random)
        var raw = RandomSource(seed: 42)
        let normals = (0..<layout.parameterCount).map { _ in raw.nextNormal() }
        #expect(d.count == 17)
        for layer in layout.layers {
            for row in 0..<layer.outputs {
                let range = layer.weightRow(row)
                let dRow = Array(d[range]), wRow = Array(weights[range]), nRow = Array(normals[range])
                let wNorm = FlatVector.norm(wRow)
                #expect(abs(FlatVector.norm(dRow) - wNorm) <= 1e-9 * max(1, wNorm), "layer \(layer), row \(row)")
                // Parallel to the raw draws: d = (||w|| / (||n|| + 1e-10)) n.
                let scale = wNorm / (FlatVector.norm(nRow) + 1e-10)
                for (x, n) in zip(dRow, nRow) { #expect(abs(x - scale * n) < 1e-14) }
            }
            for i in layer.biasRange { #expect(d[i] == 0) }
        }
        // Neuron 2 of layer 0 has weights (0, 0): its row is zero.
        #expect(d[4] == 0 && d[5] == 0)
    }

    /// A plane's two directions are consecutive draws from one seeded source: same seed, same
    /// plane; another seed, another plane; the axes differ from each other.
    @Test func planesAreSeeded() {
        let a = LandscapePlane.filterNormalized(center: weights, layout: layout, seed: 7)
        let b = LandscapePlane.filterNormalized(center: weights, layout: layout, seed: 7)
        let c = LandscapePlane.filterNormalized(center: weights, layout: layout, seed: 8)
        #expect(a == b)
        #expect(a.u != c.u)
        #expect(a.u != a.v)
        var random = RandomSource(seed: 7)
        _ = FilterNormalization.direction(like: weights, layout: layout, random: &random)
        #expect(FilterNormalization.direction(like: weights, layout: layout, random: &random) == a.v)
    }
}
