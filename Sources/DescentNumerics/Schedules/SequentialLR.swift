/// Schedules one after another, as `torch.optim.lr_scheduler.SequentialLR` chains them.
///
/// The first schedule runs from epoch 0; at each milestone the next one takes over. The surprise,
/// kept from PyTorch: each later schedule starts from its *own* beginning (`step(0)`: its epoch 0
/// and the run's base `lr`), not from the rate the previous one reached. So `[exponential, step]`
/// jumps back up to `lr` at the milestone; warm-up then cosine works because the warm-up ends
/// at `lr`, where the cosine starts.
///
/// In a catalog, `schedulers` lists the children in call syntax (`[linear(start_factor=0.1,
/// total_iters=5), cosine]`), and each child's run-derived defaults (such as `T_max`) see only
/// its own stretch of epochs.
public struct SequentialLR: LearningRateSchedule {
    /// A schedule that takes over at an epoch.
    public struct Handover: Sendable {
        /// The epoch at which it takes over.
        public var milestone: Int
        /// The schedule.
        public var schedule: any LearningRateSchedule

        /// Creates a hand-over.
        public init(milestone: Int, schedule: any LearningRateSchedule) {
            self.milestone = milestone
            self.schedule = schedule
        }
    }

    private var first: any LearningRateSchedule
    private var later: [Handover]

    /// The schedule of the first stretch, as built.
    public var firstSchedule: any LearningRateSchedule { first }
    /// The later schedules and their milestones, as built.
    public var handovers: [Handover] { later }
    private var base = 0.0
    private var epoch = 0

    public var readsLoss: Bool { first.readsLoss || later.contains { $0.schedule.readsLoss } }

    /// Creates a sequence: `first` from epoch 0, then each of `later` from its milestone
    /// (milestones increasing).
    public init(first: any LearningRateSchedule, then later: [Handover]) {
        self.first = first
        self.later = later
    }

    public mutating func start(baseLearningRate: Double) -> ScheduleValue {
        base = baseLearningRate
        epoch = 0
        return first.start(baseLearningRate: baseLearningRate)
    }

    public mutating func advance(loss: Double) -> ScheduleValue {
        epoch += 1
        let active = later.lastIndex { $0.milestone <= epoch }
        guard let index = active else { return first.advance(loss: loss) }
        if later[index].milestone == epoch {
            var value = later[index].schedule.restart(baseLearningRate: base)
            value.events = [ScheduleEvent(.phase)]
            return value
        }
        return later[index].schedule.advance(loss: loss)
    }
}

extension SequentialLR {
    /// The catalog entry for `sequential`.
    static let catalogEntry = CatalogEntry<any LearningRateSchedule>(
        name: "sequential", aliases: ["SequentialLR", "chain"],
        summary: "Schedules one after another; each restarts from lr at its milestone (torch.optim.lr_scheduler.SequentialLR)",
        parameters: [
            ParameterSpec("schedulers", .texts, default: .list([.text("linear"), .text("cosine")]),
                          summary: "The schedules in order, each a name or name(key=value, ...), e.g. [linear(start_factor=0.1), cosine]"),
            ParameterSpec("milestones", .numbers(count: nil), range: 1...1e9, default: .list([.number(5)]),
                          summary: "Epochs at which the next schedule takes over (one fewer than schedulers)"),
        ],
        rule: rule
    ) { reader throws(ParameterError) in
        let texts = try reader.texts("schedulers", default: ["linear", "cosine"])
        let calls: [ScheduleCall]
        switch ScheduleCall.parseList(texts) {
        case .success(let parsed): calls = parsed
        case .failure(let error): throw reader.invalid("schedulers", "'schedulers': \(error)")
        }
        let numbers = try reader.numbers("milestones", default: [5])
        guard numbers.allSatisfy({ $0.rounded() == $0 }), zip(numbers, numbers.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw reader.invalid("milestones", "'milestones' must be increasing whole epochs, not \(ParameterValue.list(numbers.map { .number($0) }))")
        }
        guard numbers.count == calls.count - 1 else {
            throw reader.invalid("milestones", "'milestones' needs one entry fewer than 'schedulers': \(calls.count) schedulers, \(numbers.count) milestones")
        }
        let milestones = numbers.map { Int($0) }
        let bounds = [0] + milestones + [max(reader.context.epochs, (milestones.last ?? 0) + 1)]
        var children: [any LearningRateSchedule] = []
        for (index, call) in calls.enumerated() {
            var context = reader.context
            context.totalSteps = max(1, bounds[index + 1] - bounds[index]) * context.stepsPerEpoch
            children.append(try child(call, position: index + 1, context: context))
        }
        guard let first = children.first else { throw reader.invalid("schedulers", "'schedulers' must name at least one schedule") }
        let later = zip(milestones, children.dropFirst()).map { Handover(milestone: $0, schedule: $1) }
        return SequentialLR(first: first, then: later)
    }

    /// Builds one child of `parent` (`sequential`, `chained`), with its errors located in
    /// `schedulers`; `forbidden` are the schedules PyTorch refuses as children.
    static func child(_ call: ScheduleCall, position: Int, context: BuildContext, parent: String = "sequential",
                      forbidden: Set<String> = ["sequential", "plateau"]) throws(ParameterError) -> any LearningRateSchedule {
        let location = "'schedulers' item \(position) (\(call.name))"
        if let entry = Schedules.catalog.entry(named: call.name), forbidden.contains(entry.name) {
            throw ParameterError(.invalidValue, key: "schedulers", message: "\(location): '\(entry.name)' cannot be chained by \(parent), as in PyTorch")
        }
        do {
            return try Schedules.catalog.build(call.name, call.parameters, context: context)
        } catch {
            throw ParameterError(.invalidValue, key: "schedulers", message: "\(location): \(error.message)")
        }
    }
}

extension SequentialLR {
    /// The rule as `descent list` prints it.
    static let rule = """
        epochs [0, m_1): schedulers[0] from its own start
        at e = m_k: schedulers[k] restarts from its own epoch 0 at lr (step(0))
        epochs after m_k: schedulers[k] advances
        """
}
