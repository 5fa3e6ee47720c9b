/// A classifier's training loss as an N-parameter objective: the mean cross-entropy of `network`
/// over `train`, with the mean over `validation` recorded beside it.
public struct NetworkObjective: ParameterObjective {
    /// The network.
    public let network: MultilayerPerceptron
    /// The samples the gradients and the training loss average over.
    public let train: ClassificationData
    /// The held-out samples (may be empty).
    public let validation: ClassificationData
    private var workspace: MultilayerPerceptron.Workspace

    /// Creates the objective.
    public init(network: MultilayerPerceptron, train: ClassificationData, validation: ClassificationData) {
        self.network = network
        self.train = train
        self.validation = validation
        workspace = network.makeWorkspace()
    }

    public var parameterCount: Int { network.parameterCount }

    public var sampleCount: Int { train.count }

    public mutating func loss(_ parameters: [Double]) -> Double {
        network.loss(parameters, data: train, workspace: &workspace)
    }

    public mutating func lossAndGradient(_ parameters: [Double], samples indices: ArraySlice<Int>, gradient: inout [Double]) -> Double {
        network.lossAndGradient(parameters, data: train, samples: indices, gradient: &gradient, workspace: &workspace)
    }

    public mutating func validationLoss(_ parameters: [Double]) -> Double? {
        validation.count > 0 ? network.loss(parameters, data: validation, workspace: &workspace) : nil
    }
}
