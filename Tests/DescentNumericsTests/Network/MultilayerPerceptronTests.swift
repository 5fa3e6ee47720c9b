import Foundation
import Testing
@testable import DescentNumerics

/// The MLP's layout, loss and backpropagated gradient.
@Suite("Multilayer perceptron")
struct MultilayerPerceptronTests {
    /// `nn.Sequential(Linear(2,16), Tanh, Linear(16,16), Tanh, Linear(16,2))`:
    /// `sum(p.numel() for p in model.parameters())` = 32 + 16 + 256 + 16 + 32 + 2 = 354.
    @Test func layoutFollowsModelParametersOrder() {
        let layout = NetworkLayout(widths: [2, 16, 16, 2])
        #expect(layout.parameterCount == 354)
        #expect(layout.layers.map(\.weightOffset) == [0, 48, 320])
        #expect(layout.layers.map(\.biasOffset) == [32, 304, 352])
        #expect(layout.layers[1].weightIndex(row: 3, column: 5) == 48 + 3 * 16 + 5)
        #expect(layout.layers[2].weightRow(1) == 336..<352)
        #expect(layout.widths == [2, 16, 16, 2])
    }

    /// A 2-1-2 tanh network by hand: x = (1, 2), W1 = [0.5, -0.25], b1 = 0.1 so z = 0.1 and
    /// a = tanh(0.1) = 0.09966799462495582; W2 = [[1], [-1]], b2 = 0, logits (a, -a); label 0:
    /// loss = logsumexp(a, -a) - a = 0.5984378390142037 (Python `math`). Gradient: delta_2 =
    /// softmax - onehot = (-0.45033036178528230, 0.45033036178528230), dW2 = delta_2 a,
    /// delta_1 = (W2^T delta_2)(1 - a^2) = -0.8917138218974802, dW1 = delta_1 x.
    @Test func lossAndGradientMatchAHandComputedNetwork() {
        let network = MultilayerPerceptron(hidden: [1], classes: 2, activation: .tanh)
        let data = ClassificationData(points: [Vec2(1, 2)], labels: [0], classes: 2)
        let theta = [0.5, -0.25, 0.1, 1, -1, 0, 0]
        var workspace = network.makeWorkspace(), gradient: [Double] = []
        let loss = network.lossAndGradient(theta, data: data, samples: 0..<1, gradient: &gradient, workspace: &workspace)
        #expect(OptimizerFixture.close(loss, 0.5984378390142037))
        #expect(OptimizerFixture.close(network.loss(theta, data: data, workspace: &workspace), 0.5984378390142037))
        let expected = [-0.8917138218974802, -1.7834276437949603, -0.8917138218974802,
                        -0.04488352407786993, 0.04488352407786993, -0.4503303617852823, 0.4503303617852823]
        for (got, want) in zip(gradient, expected) { #expect(OptimizerFixture.close(got, want), "\(got) vs \(want)") }
    }

    /// Backpropagation against central differences `(L(theta + h e_i) - L(theta - h e_i)) / 2h`,
    /// h = 1e-6, on every one of the 2-16-16-2 network's 354 parameters, for a mini-batch.
    @Test(arguments: Activation.allCases)
    func backpropagationMatchesCentralDifferences(activation: Activation) {
        let network = MultilayerPerceptron(hidden: [16, 16], classes: 2, activation: activation)
        let data = ToyDataset.spirals.generate(samples: 60, noise: 0.05, seed: 3)
        let theta = LinearInitialization.parameters(for: network.layout, seed: 11)
        let batch = [4, 17, 23, 42, 8, 51, 30]
        var workspace = network.makeWorkspace(), gradient: [Double] = []
        _ = network.lossAndGradient(theta, data: data, samples: batch, gradient: &gradient, workspace: &workspace)
        let h = 1e-6
        var worst = 0.0
        for i in 0..<theta.count {
            var plus = theta, minus = theta
            plus[i] += h
            minus[i] -= h
            var scratch: [Double] = []
            let up = network.lossAndGradient(plus, data: data, samples: batch, gradient: &scratch, workspace: &workspace)
            let down = network.lossAndGradient(minus, data: data, samples: batch, gradient: &scratch, workspace: &workspace)
            let numeric = (up - down) / (2 * h)
            worst = max(worst, abs(numeric - gradient[i]) / max(1e-3, abs(numeric)))
        }
        #expect(worst < 1e-5, "largest relative difference \(worst)")
    }

    /// The cheap tanh stays within 3e-16 of libm's everywhere (it saturates to exactly +-1), and
    /// ReLU is max(z, 0).
    @Test func activationsMatchTheirDefinitions() {
        var worst = 0.0
        for i in -40_000...40_000 {
            let z = Double(i) * 2.5e-4 + 1e-7 * Double(i % 7)
            worst = max(worst, abs(Activation.tanh.apply(z) - tanh(z)))
        }
        #expect(worst < 3e-16, "largest difference \(worst)")
        #expect(Activation.tanh.apply(800) == 1 && Activation.tanh.apply(-800) == -1 && Activation.tanh.apply(0) == 0)
        #expect(Activation.relu.apply(-0.5) == 0 && Activation.relu.apply(0.25) == 0.25)
        #expect(Activation.relu.derivative(output: 0) == 0 && Activation.tanh.derivative(output: 0.5) == 0.75)
    }

    /// The mean loss over a batch is the mean of the one-sample losses, and the probabilities
    /// sum to 1.
    @Test func batchLossIsTheMeanOfSampleLosses() {
        let network = MultilayerPerceptron(hidden: [5], classes: 2, activation: .relu)
        let data = ToyDataset.moons.generate(samples: 9, noise: 0.1, seed: 1)
        let theta = LinearInitialization.parameters(for: network.layout, seed: 2)
        var workspace = network.makeWorkspace(), gradient: [Double] = []
        let each = (0..<9).map { network.lossAndGradient(theta, data: data, samples: [$0], gradient: &gradient, workspace: &workspace) }
        #expect(OptimizerFixture.close(network.loss(theta, data: data, workspace: &workspace), each.reduce(0, +) / 9))
        let p = network.probabilities(theta, at: Vec2(0.3, -0.2), workspace: &workspace)
        #expect(OptimizerFixture.close(p.reduce(0, +), 1))
    }

    /// The forward-only loss (tanh by lanes) against the loss of the gradient pass (scalar tanh)
    /// over the same samples: within 1e-14 relative for tanh, the same bits for relu (whose lanes
    /// are the scalar rule), at the initial and at perturbed parameters.
    @Test(arguments: Activation.allCases)
    func forwardLossMatchesGradientPassLoss(activation: Activation) {
        let network = MultilayerPerceptron(hidden: [16, 16], classes: 2, activation: activation)
        let data = ToyDataset.spirals.generate(samples: 160, noise: 0.05, seed: 1)
        var workspace = network.makeWorkspace(), gradient: [Double] = []
        let start = LinearInitialization.parameters(for: network.layout, seed: 2)
        for scale in [0.0, 1, 4] {
            let theta = start.enumerated().map { i, p in p * (1 + scale * sin(Double(i))) }
            let forward = network.loss(theta, data: data, workspace: &workspace)
            let backward = network.lossAndGradient(theta, data: data, samples: 0..<data.count, gradient: &gradient, workspace: &workspace)
            if activation == .relu {
                #expect(forward == backward)
            } else {
                #expect(abs(forward - backward) <= 1e-14 * abs(backward), "\(forward) vs \(backward)")
            }
        }
    }
}
