/// Schedules applied together, as `torch.optim.lr_scheduler.ChainedScheduler` steps them: every
/// epoch each schedule in turn updates the optimizer's rate.
///
/// Unlike `SequentialLR`, all the schedules run at once. The chainable ones (`StepLR`,
/// `ExponentialLR`, `LinearLR`, `ConstantLR`, `MultiplicativeLR`, ...) scale the rate the ones
/// before them set, so their factors multiply:
///
///     lr_e = rule_n(... rule_2(rule_1(lr_{e-1})))
///
/// PyTorch's example `[ConstantLR(factor=0.1, total_iters=2), ExponentialLR(gamma=0.9)]` from
/// `lr = 1` gives 0.1, 0.09, 0.81, 0.729, ... A closed-form schedule (`CosineAnnealingWarmRestarts`,
/// `OneCycleLR`, `CyclicLR`, `LambdaLR`) overwrites the rate with its own value, as it overwrites
/// `group['lr']`. A momentum set by any schedule (the last one that sets it) is passed on.
public struct ChainedScheduler: LearningRateSchedule {
    private var schedules: [any LearningRateSchedule]
    /// The rate the chain set last (the optimizer's `lr`).
    private var rate = 0.0

    /// The schedules, in the order they are applied.
    public var children: [any LearningRateSchedule] { schedules }

    public var readsLoss: Bool { schedules.contains { $0.readsLoss } }

    /// Creates a chain of schedules applied in this order.
    public init(_ schedules: [any LearningRateSchedule]) {
        self.schedules = schedules
    }

    public mutating func start(baseLearningRate: Double) -> ScheduleValue {
        var value = ScheduleValue(learningRate: baseLearningRate)
        for index in schedules.indices {
            combine(&value, schedules[index].start(baseLearningRate: baseLearningRate, current: value.learningRate))
        }
        rate = value.learningRate
        return value
    }

    public mutating func advance(loss: Double) -> ScheduleValue {
        var value = ScheduleValue(learningRate: rate)
        for index in schedules.indices {
            combine(&value, schedules[index].advance(loss: loss, current: value.learningRate))
        }
        rate = value.learningRate
        return value
    }

    /// Takes `next`'s rate, its momentum where it sets one, and its events.
    private func combine(_ value: inout ScheduleValue, _ next: ScheduleValue) {
        value.learningRate = next.learningRate
        value.momentum = next.momentum ?? value.momentum
        for event in next.events where !value.events.contains(event) { value.events.append(event) }
    }
}

extension ChainedScheduler {
    /// The catalog entry for `chained`.
    static let catalogEntry = CatalogEntry<any LearningRateSchedule>(
        name: "chained", aliases: ["ChainedScheduler"],
        summary: "Schedules applied together every epoch, their factors multiplied (torch.optim.lr_scheduler.ChainedScheduler)",
        parameters: [
            ParameterSpec("schedulers", .texts, default: .list([.text("constant_factor"), .text("exponential")]),
                          summary: "The schedules, each a name or name(key=value, ...), e.g. [constant_factor(factor=0.1, total_iters=2), exponential(gamma=0.9)]"),
        ],
        rule: rule
    ) { reader throws(ParameterError) in
        let texts = try reader.texts("schedulers", default: ["constant_factor", "exponential"])
        let calls: [ScheduleCall]
        switch ScheduleCall.parseList(texts) {
        case .success(let parsed): calls = parsed
        case .failure(let error): throw reader.invalid("schedulers", "'schedulers': \(error)")
        }
        guard !calls.isEmpty else { throw reader.invalid("schedulers", "'schedulers' must name at least one schedule") }
        var children: [any LearningRateSchedule] = []
        for (index, call) in calls.enumerated() {
            children.append(try SequentialLR.child(call, position: index + 1, context: reader.context, parent: "chained", forbidden: ["plateau"]))
        }
        return ChainedScheduler(children)
    }
}

extension ChainedScheduler {
    /// The rule as `descent list` prints it (the block in the type's documentation).
    static let rule = """
        lr_e = rule_n(... rule_2(rule_1(lr_{e-1})))
        """
}
