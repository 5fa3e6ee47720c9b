import Foundation

/// A small classifier, `nn.Sequential(Linear, act, Linear, act, ..., Linear)`, trained with
/// `nn.CrossEntropyLoss()` (mean reduction), on flat parameters laid out as ``NetworkLayout``.
///
/// Forward, for a sample `x` with class `y` and `L` Linear layers:
///
///     a_0 = x,   z_l = W_l a_{l-1} + b_l,   a_l = act(z_l) for l < L,   logits z_L
///     loss = logsumexp(z_L) - z_L[y] = -log softmax(z_L)[y]
///
/// Backward (exact gradients of the mean over a batch `B`):
///
///     delta_L = (softmax(z_L) - onehot(y)) / |B|
///     dW_l += delta_l a_{l-1}^T,   db_l += delta_l
///     delta_{l-1} = (W_l^T delta_l) * act'(a_{l-1})
///
/// `logsumexp` subtracts the largest logit first, as `log_softmax` does, so it cannot overflow.
/// The work runs on the flat buffers of a ``Workspace``; nothing is allocated per sample.
///
/// ``loss(_:data:workspace:)`` (forward only: the recorded losses, slices, interpolations)
/// applies tanh four lanes at a time with a vector `exp` (``Activation/tanh(lanes:)``), within
/// about one ulp of the scalar tanh per activation; ``lossAndGradient(_:data:samples:gradient:workspace:)``,
/// which training follows, keeps libm's `exp`, so trained parameters are the same bits either way.
public struct MultilayerPerceptron: Sendable, Hashable {
    /// Where each layer's parameters sit.
    public let layout: NetworkLayout
    /// The nonlinearity after every Linear layer but the last.
    public let activation: Activation
    /// `layout.widths`, kept for the loops.
    private let widths: [Int]
    /// Where layer `l`'s activations start in a workspace's activation buffer.
    private let activationOffsets: [Int]

    /// A network from `inputs` features through `hidden` widths to `classes` logits.
    public init(inputs: Int = ClassificationData.dimension, hidden: [Int], classes: Int, activation: Activation) {
        layout = NetworkLayout(widths: [inputs] + hidden + [classes])
        self.activation = activation
        widths = layout.widths
        var offsets: [Int] = [], total = 0
        for width in widths {
            offsets.append(total)
            total += width
        }
        activationOffsets = offsets
    }

    /// Number of parameters.
    public var parameterCount: Int { layout.parameterCount }

    /// Scratch memory for one evaluation at a time: every layer's activations and two delta rows.
    public struct Workspace: Sendable {
        var activations: [Double]
        var deltas: [Double]
        /// Each layer's weight transposed (`in x out`) at its own offset, so the forward pass
        /// runs along contiguous columns `W[:, c]` (vectorizable, summing in the same order).
        var transposed: [Double]
        let width: Int
    }

    /// A workspace sized for this network.
    public func makeWorkspace() -> Workspace {
        let widest = widths.max() ?? 1
        return Workspace(activations: [Double](repeating: 0, count: widths.reduce(0, +)),
                         deltas: [Double](repeating: 0, count: 2 * widest),
                         transposed: [Double](repeating: 0, count: parameterCount), width: widest)
    }

    /// The mean cross-entropy over all of `data` (no gradient), tanh by lanes (``Activation/applyInPlace(_:count:)``).
    public func loss(_ parameters: [Double], data: ClassificationData, workspace: inout Workspace) -> Double {
        evaluate(parameters, data: data, samples: 0..<data.count, gradient: nil, workspace: &workspace)
    }

    /// The mean cross-entropy over the samples `indices` of `data`, with its exact gradient
    /// written into `gradient` (resized to `parameterCount`, overwritten).
    public func lossAndGradient<C: Collection<Int>>(
        _ parameters: [Double], data: ClassificationData, samples indices: C,
        gradient: inout [Double], workspace: inout Workspace
    ) -> Double {
        if gradient.count != parameterCount { gradient = [Double](repeating: 0, count: parameterCount) }
        return gradient.withUnsafeMutableBufferPointer { g in
            evaluate(parameters, data: data, samples: indices, gradient: g, workspace: &workspace)
        }
    }

    /// The class probabilities `softmax(z_L)` at one point (for drawing a decision boundary).
    public func probabilities(_ parameters: [Double], at point: Vec2, workspace: inout Workspace) -> [Double] {
        let classes = widths[widths.count - 1]
        var result = [Double](repeating: 0, count: classes)
        guard parameters.count == parameterCount else { return result }
        transpose(parameters, into: &workspace.transposed)
        parameters.withUnsafeBufferPointer { theta in
            workspace.activations.withUnsafeMutableBufferPointer { acts in
                acts[0] = point.x
                acts[1] = point.y
                forward(theta, workspace.transposed, acts)
                let logits = acts.baseAddress! + activationOffsets[widths.count - 1]
                let largest = (0..<classes).map { logits[$0] }.max() ?? 0
                var total = 0.0
                for k in 0..<classes {
                    result[k] = exp(logits[k] - largest)
                    total += result[k]
                }
                for k in 0..<classes { result[k] /= total }
            }
        }
        return result
    }

    /// The fraction of `data` whose largest logit is its label.
    public func accuracy(_ parameters: [Double], data: ClassificationData, workspace: inout Workspace) -> Double {
        guard data.count > 0 else { return 0 }
        var correct = 0
        for i in 0..<data.count {
            let p = probabilities(parameters, at: data.point(i), workspace: &workspace)
            if let best = p.indices.max(by: { p[$0] < p[$1] }), best == data.labels[i] { correct += 1 }
        }
        return Double(correct) / Double(data.count)
    }

    /// The shared loop: mean loss over `indices`, accumulating the gradient when one is given
    /// (inlined, so that the forward-only caller drops the backward pass and keeps the lanes).
    @inline(__always)
    private func evaluate<C: Collection<Int>>(
        _ parameters: [Double], data: ClassificationData, samples indices: C,
        gradient: UnsafeMutableBufferPointer<Double>?, workspace: inout Workspace
    ) -> Double {
        guard !indices.isEmpty, parameters.count == parameterCount else { return .nan }
        let scale = 1 / Double(indices.count)
        if let gradient { gradient.update(repeating: 0) }
        var total = 0.0
        let width = workspace.width
        transpose(parameters, into: &workspace.transposed)
        let transposed = workspace.transposed
        parameters.withUnsafeBufferPointer { theta in
            data.features.withUnsafeBufferPointer { features in
                workspace.activations.withUnsafeMutableBufferPointer { acts in
                    workspace.deltas.withUnsafeMutableBufferPointer { deltas in
                        let lanes = gradient == nil
                        for i in indices {
                            acts[0] = features[2 * i]
                            acts[1] = features[2 * i + 1]
                            forward(theta, transposed, acts, lanes: lanes)
                            total += crossEntropy(acts, label: data.labels[i], delta: deltas, scale: scale)
                            if let gradient { backward(theta, acts, deltas, width: width, gradient: gradient) }
                        }
                    }
                }
            }
        }
        return total * scale
    }

    /// Writes each layer's weight transposed at its own offset of `transposed`.
    private func transpose(_ parameters: [Double], into transposed: inout [Double]) {
        for layer in layout.layers {
            for row in 0..<layer.outputs {
                for column in 0..<layer.inputs {
                    transposed[layer.weightOffset + column * layer.outputs + row] = parameters[layer.weightIndex(row: row, column: column)]
                }
            }
        }
    }

    /// Fills every layer's activations from the input already in `acts[0..<inputs]`:
    /// `z = b + W[:, 0] a_0 + W[:, 1] a_1 + ...`, columns added in order (each `z_r` is summed
    /// as `b_r + sum_c W[r, c] a_c` from `c = 0`, four rows at a time in SIMD lanes, with no
    /// fused multiply-add, so the bits are those of the plain loop), then the activation, by
    /// lanes (``Activation/applyInPlace(_:count:)``) when `lanes`, else one value at a time.
    @inline(__always)
    private func forward(_ theta: UnsafeBufferPointer<Double>, _ transposed: [Double], _ acts: UnsafeMutableBufferPointer<Double>, lanes: Bool = false) {
        transposed.withUnsafeBufferPointer { wt in
            let w = theta.baseAddress!, t = wt.baseAddress!, a = acts.baseAddress!
            let last = layout.layers.count - 1
            for (l, layer) in layout.layers.enumerated() {
                let input = a + activationOffsets[l], output = a + activationOffsets[l + 1], outputs = layer.outputs
                var row = 0
                while row + 4 <= outputs {
                    var z = UnsafeRawPointer(w + layer.biasOffset + row).loadUnaligned(as: SIMD4<Double>.self)
                    for column in 0..<layer.inputs {
                        let weights = UnsafeRawPointer(t + layer.weightOffset + column * outputs + row).loadUnaligned(as: SIMD4<Double>.self)
                        z = z + weights * SIMD4(repeating: input[column])
                    }
                    UnsafeMutableRawPointer(output + row).storeBytes(of: z, as: SIMD4<Double>.self)
                    row += 4
                }
                while row < outputs {
                    var z = w[layer.biasOffset + row]
                    for column in 0..<layer.inputs { z += t[layer.weightOffset + column * outputs + row] * input[column] }
                    output[row] = z
                    row += 1
                }
                if l < last {
                    if lanes && activation == .tanh {
                        activation.applyInPlace(output, count: outputs)
                    } else {
                        for row in 0..<outputs { output[row] = activation.apply(output[row]) }
                    }
                }
            }
        }
    }

    /// `-log softmax(z_L)[label]`, leaving `delta_L = scale * (softmax - onehot)` in `delta[0..<k]`.
    @inline(__always)
    private func crossEntropy(_ acts: UnsafeMutableBufferPointer<Double>, label: Int, delta: UnsafeMutableBufferPointer<Double>, scale: Double) -> Double {
        let classes = widths[widths.count - 1]
        let logits = acts.baseAddress! + activationOffsets[widths.count - 1]
        var largest = logits[0]
        for k in 1..<max(1, classes) { largest = max(largest, logits[k]) }
        var sum = 0.0
        for k in 0..<classes {
            let e = exp(logits[k] - largest)
            delta[k] = e
            sum += e
        }
        for k in 0..<classes { delta[k] = scale * (delta[k] / sum - (k == label ? 1 : 0)) }
        return largest + log(sum) - logits[label]
    }

    /// Accumulates one sample's gradient, from `delta_L` in `deltas[0..<k]`, layer by layer.
    @inline(__always)
    private func backward(_ theta: UnsafeBufferPointer<Double>, _ acts: UnsafeMutableBufferPointer<Double>,
                          _ deltas: UnsafeMutableBufferPointer<Double>, width: Int, gradient: UnsafeMutableBufferPointer<Double>) {
        let w = theta.baseAddress!, a = acts.baseAddress!, g = gradient.baseAddress!
        var delta = deltas.baseAddress!, previous = deltas.baseAddress! + width
        for l in stride(from: layout.layers.count - 1, through: 0, by: -1) {
            let layer = layout.layers[l]
            let input = a + activationOffsets[l]
            for row in 0..<layer.outputs {
                let d = delta[row], gw = g + layer.weightOffset + row * layer.inputs
                for column in 0..<layer.inputs { gw[column] += d * input[column] }
                g[layer.biasOffset + row] += d
            }
            guard l > 0 else { break }
            for column in 0..<layer.inputs { previous[column] = 0 }
            for row in 0..<layer.outputs {
                let d = delta[row], weights = w + layer.weightOffset + row * layer.inputs
                for column in 0..<layer.inputs { previous[column] += weights[column] * d }
            }
            for column in 0..<layer.inputs { previous[column] *= activation.derivative(output: input[column]) }
            swap(&delta, &previous)
        }
    }
}
