/// Stochastic gradient descent as in `torch.optim.SGD` (plain form: no momentum, no weight decay).
///
/// `x <- x - lr * g`
public struct SGD: Optimizer {
    /// Creates plain SGD.
    public init() {}

    public func makeState() {}

    public func update(_ point: inout Vec2, state: inout Void, context: StepContext) -> Vec2? {
        point -= context.learningRate * context.gradient
        return nil
    }
}

extension SGD {
    /// The catalog entry for `sgd`.
    static let catalogEntry = CatalogEntry<any Optimizer>(
        name: "sgd", aliases: ["SGD"],
        summary: "Stochastic gradient descent, x <- x - lr*g (torch.optim.SGD)",
        parameters: []
    ) { _ in SGD() }
}
