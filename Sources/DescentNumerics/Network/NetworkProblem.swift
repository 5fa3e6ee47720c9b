/// A classifier to train: the network, its seeded data split in two, and its seeded initial
/// parameters (`nn.Linear`'s default initialization).
public struct NetworkProblem: Sendable {
    /// The network.
    public let network: MultilayerPerceptron
    /// The data set it came from.
    public let dataset: ToyDataset
    /// The samples trained on.
    public let train: ClassificationData
    /// The held-out samples.
    public let validation: ClassificationData
    /// The parameters every run starts from.
    public let initialParameters: [Double]

    /// `samples` points of `dataset` with `noise`, the last `validation` fraction held out, and
    /// the network initialized, all from `seed` (the data from `seed`, the weights from `seed + 1`).
    public init(hidden: [Int], activation: Activation, dataset: ToyDataset, samples: Int, noise: Double, validation: Double, seed: UInt64) {
        network = MultilayerPerceptron(hidden: hidden, classes: 2, activation: activation)
        self.dataset = dataset
        (train, validation: self.validation) = dataset.generate(samples: samples, noise: noise, seed: seed).split(validation: validation)
        initialParameters = LinearInitialization.parameters(for: network.layout, seed: seed &+ 1)
    }

    /// The training loss and gradients as an objective.
    public var objective: NetworkObjective { NetworkObjective(network: network, train: train, validation: validation) }

    /// The full training loss at `parameters` (allocates a workspace: for single evaluations).
    public func trainingLoss(_ parameters: [Double]) -> Double {
        var workspace = network.makeWorkspace()
        return network.loss(parameters, data: train, workspace: &workspace)
    }
}
