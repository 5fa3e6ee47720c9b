/// One `nn.Linear(inputs, outputs)` layer's place in a network's flat parameter vector.
///
/// Its weight is `outputs x inputs`, row-major (row `i` is output neuron `i`'s incoming weights,
/// one "filter" for filter normalization), at `weightOffset ..< weightOffset + outputs * inputs`;
/// its bias (`outputs` entries) follows at `biasOffset`.
public struct LinearLayer: Sendable, Hashable {
    /// `in_features`.
    public let inputs: Int
    /// `out_features`.
    public let outputs: Int
    /// Index of `weight[0][0]` in the flat parameters.
    public let weightOffset: Int
    /// Index of `bias[0]` in the flat parameters (`weightOffset + outputs * inputs`).
    public let biasOffset: Int

    /// Creates a layer record.
    public init(inputs: Int, outputs: Int, weightOffset: Int) {
        self.inputs = inputs
        self.outputs = outputs
        self.weightOffset = weightOffset
        biasOffset = weightOffset + outputs * inputs
    }

    /// Index of `weight[row][column]` in the flat parameters.
    public func weightIndex(row: Int, column: Int) -> Int { weightOffset + row * inputs + column }

    /// The flat range holding this layer's weight row `row` (output neuron `row`).
    public func weightRow(_ row: Int) -> Range<Int> {
        let start = weightOffset + row * inputs
        return start..<(start + inputs)
    }

    /// The flat range holding this layer's bias.
    public var biasRange: Range<Int> { biasOffset..<(biasOffset + outputs) }
}

/// Where each layer of `nn.Sequential(Linear, act, Linear, act, ..., Linear)` keeps its
/// parameters in one flat `[Double]`, in PyTorch's `model.parameters()` order: for each layer its
/// weight (`out x in`, row-major) then its bias.
///
/// For widths `[2, 16, 16, 2]`: `2*16 + 16 + 16*16 + 16 + 16*2 + 2 = 354` parameters.
public struct NetworkLayout: Sendable, Hashable {
    /// The Linear layers, input side first.
    public let layers: [LinearLayer]
    /// The length of the flat parameter vector.
    public let parameterCount: Int

    /// The layout of Linear layers between consecutive `widths` (input features first, classes
    /// last); widths below 1 are taken as 1.
    public init(widths: [Int]) {
        var layers: [LinearLayer] = [], offset = 0
        for (inputs, outputs) in zip(widths, widths.dropFirst()) {
            let layer = LinearLayer(inputs: max(1, inputs), outputs: max(1, outputs), weightOffset: offset)
            layers.append(layer)
            offset = layer.biasOffset + layer.outputs
        }
        self.layers = layers
        parameterCount = offset
    }

    /// The widths `[inputs, hidden..., outputs]` the layout was made from.
    public var widths: [Int] {
        guard let first = layers.first else { return [] }
        return [first.inputs] + layers.map(\.outputs)
    }
}
