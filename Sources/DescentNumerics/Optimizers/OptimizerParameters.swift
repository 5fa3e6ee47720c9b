/// Parameter descriptions shared by several `torch.optim` optimizers, so each is stated once.
enum OptimizerParameters {
    /// `weight_decay`: L2 penalty added to the gradient, `g <- g + weight_decay * x`.
    static func weightDecay(default value: Double = 0) -> ParameterSpec {
        ParameterSpec("weight_decay", .number, range: 0...Double.infinity, default: .number(value),
                      summary: "L2 penalty: adds weight_decay*x to the gradient")
    }

    /// `weight_decay` for optimizers that can decouple it (AdamW, NAdam, RAdam).
    static func decoupledWeightDecay(default value: Bool = false) -> ParameterSpec {
        ParameterSpec("decoupled_weight_decay", .boolean, default: .boolean(value),
                      summary: "Shrink x by (1 - lr*weight_decay) instead of adding to the gradient (AdamW style)")
    }

    /// `maximize`: ascend instead of descend (`g <- -g`).
    static let maximize = ParameterSpec("maximize", .boolean, default: .boolean(false),
                                        summary: "Maximize the loss instead of minimizing it (g <- -g)")

    /// `eps`: the term added to denominators.
    static func eps(default value: Double) -> ParameterSpec {
        ParameterSpec("eps", .number, range: 0...Double.infinity, default: .number(value),
                      summary: "Added to the denominator for numerical stability")
    }

    /// `betas`: the decay rates of the first and second moment estimates, each in [0, 1).
    static func betas(default value: (Double, Double) = (0.9, 0.999)) -> ParameterSpec {
        ParameterSpec("betas", .numbers(count: 2), range: 0...(1.0).nextDown,
                      default: .list([.number(value.0), .number(value.1)]),
                      summary: "Decay rates (beta1, beta2) of the gradient and squared-gradient averages")
    }

    /// Reads `betas` as a pair.
    static func readBetas(_ reader: ParameterReader, default value: (Double, Double) = (0.9, 0.999)) throws(ParameterError) -> (Double, Double) {
        let betas = try reader.numbers("betas", default: [value.0, value.1])
        guard betas.count == 2 else { throw reader.invalid("betas", "'betas' must be a list of 2 numbers, not \(betas.count)") }
        return (betas[0], betas[1])
    }
}
