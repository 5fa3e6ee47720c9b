/// Linear warm-up then cosine annealing: the `SequentialLR` a PyTorch user writes as
/// `SequentialLR([LinearLR(start_factor, 1.0, warmup), CosineAnnealingLR(T_max, eta_min)], [warmup])`
/// with `T_max` the epochs after the warm-up.
enum WarmupCosine {
    /// The catalog entry for `warmup_cosine`.
    static let catalogEntry = CatalogEntry<any LearningRateSchedule>(
        name: "warmup_cosine", aliases: ["cosine_warmup", "linear_warmup_cosine"],
        summary: "Linear warm-up over warmup epochs, then cosine to eta_min over the rest of the run",
        parameters: [
            ScheduleParameters.epochs("warmup", default: 5, summary: "Epochs of linear warm-up"),
            ParameterSpec("start_factor", .number, range: 0...1, default: .number(0.1),
                          summary: "Factor on lr at epoch 0 (must be > 0)"),
            ScheduleParameters.etaMin,
        ]
    ) { reader throws(ParameterError) in
        let warmup = try reader.integer("warmup", default: 5)
        let startFactor = try reader.number("start_factor", default: 0.1)
        guard startFactor > 0 else { throw reader.invalid("start_factor", "'start_factor' must be greater than 0 (as in PyTorch)") }
        let cosine = CosineAnnealingLR(tMax: max(1, reader.context.epochs - warmup), etaMin: try reader.number("eta_min", default: 0))
        return SequentialLR(
            first: LinearLR(startFactor: startFactor, endFactor: 1.0, totalIters: warmup),
            then: [SequentialLR.Handover(milestone: warmup, schedule: cosine)]
        )
    }
}
