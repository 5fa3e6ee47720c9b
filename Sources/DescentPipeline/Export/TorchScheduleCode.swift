import DescentNumerics

/// A built schedule as the Python that creates it on `optimizer`: a `torch.optim.lr_scheduler`
/// constructor with the values Descent used (run-derived defaults already resolved), nested for
/// `SequentialLR` and `ChainedScheduler`; `lr_lambda` formulas become Python functions.
/// Descent's Keras-style `formula` schedule, which PyTorch lacks, becomes a small class.
struct TorchScheduleCode {
    /// The run's base rate (for `base_lr` and `max_lr` defaults).
    let learningRate: Double
    /// Optimizer steps per epoch (the Keras formula's `step`).
    let stepsPerEpoch: Int
    /// Python definitions the expression needs (lambdas, classes), in order.
    private(set) var definitions: [String] = []
    private var lambdas = 0

    init(learningRate: Double, stepsPerEpoch: Int) {
        self.learningRate = learningRate
        self.stepsPerEpoch = stepsPerEpoch
    }

    /// The expression creating `schedule`, "None" for a constant rate, or nil when it has no
    /// translation.
    mutating func expression(for schedule: any LearningRateSchedule) -> String? {
        let s = "torch.optim.lr_scheduler."
        switch schedule {
        case is ConstantSchedule:
            return "None"
        case let o as StepLR:
            return s + "StepLR(optimizer, step_size=\(o.stepSize), gamma=\(literal(o.gamma)))"
        case let o as MultiStepLR:
            return s + "MultiStepLR(optimizer, milestones=[\(o.milestones.map(String.init).joined(separator: ", "))], gamma=\(literal(o.gamma)))"
        case let o as ExponentialLR:
            return s + "ExponentialLR(optimizer, gamma=\(literal(o.gamma)))"
        case let o as LinearLR:
            return s + "LinearLR(optimizer, start_factor=\(literal(o.startFactor)), end_factor=\(literal(o.endFactor)), total_iters=\(o.totalIters))"
        case let o as ConstantLR:
            return s + "ConstantLR(optimizer, factor=\(literal(o.factor)), total_iters=\(o.totalIters))"
        case let o as PolynomialLR:
            return s + "PolynomialLR(optimizer, total_iters=\(o.totalIters), power=\(literal(o.power)))"
        case let o as CosineAnnealingLR:
            return s + "CosineAnnealingLR(optimizer, T_max=\(o.tMax), eta_min=\(literal(o.etaMin)))"
        case let o as CosineAnnealingWarmRestarts:
            return s + "CosineAnnealingWarmRestarts(optimizer, T_0=\(o.t0), T_mult=\(o.tMult), eta_min=\(literal(o.etaMin)))"
        case let o as ReduceLROnPlateau:
            return s + "ReduceLROnPlateau(optimizer, mode='\(o.mode.rawValue)', factor=\(literal(o.factor)), patience=\(o.patience), threshold=\(literal(o.threshold)), threshold_mode='\(o.thresholdMode.rawValue)', cooldown=\(o.cooldown), min_lr=\(literal(o.minLearningRate)), eps=\(literal(o.eps)))"
        case let o as CyclicLR:
            let base = o.baseLearningRate ?? learningRate
            return s + "CyclicLR(optimizer, base_lr=\(literal(base)), max_lr=\(literal(o.maxLearningRate ?? 4 * base)), step_size_up=\(o.stepSizeUp), step_size_down=\(o.stepSizeDown.map(String.init) ?? "None"), mode='\(o.mode.rawValue)', gamma=\(literal(o.gamma)), \(momentum(o.momentum)))"
        case let o as OneCycleLR:
            return s + "OneCycleLR(optimizer, max_lr=\(literal(o.maxLearningRate ?? learningRate)), total_steps=\(o.totalSteps), pct_start=\(literal(o.pctStart)), anneal_strategy='\(o.anneal.rawValue)', \(momentum(o.momentum)), div_factor=\(literal(o.divFactor)), final_div_factor=\(literal(o.finalDivFactor)), three_phase=\(o.threePhase ? "True" : "False"))"
        case let o as InverseSqrtSchedule:
            // Descent's lr * min(s / w, sqrt(w / s)), s = epoch + 1, as LambdaLR's base_lr * lmbda(epoch).
            let name = nextLambda()
            let w = literal(Double(o.warmup))
            definitions += ["def \(name)(epoch):", "    s = float(epoch + 1)", "    return min(s / \(w), math.sqrt(\(w) / s))", ""]
            return s + "LambdaLR(optimizer, lr_lambda=\(name))"
        case let o as LRRangeTest:
            // Descent's lr * (end_lr / lr)^(e / (T - 1)), as LambdaLR's base_lr * lmbda(epoch).
            let name = nextLambda()
            definitions += ["def \(name)(epoch):", "    return (\(literal(o.endRate)) / \(literal(learningRate))) ** (epoch / \(o.epochs - 1))", ""]
            return s + "LambdaLR(optimizer, lr_lambda=\(name))"
        case let o as LambdaLR:
            return s + "LambdaLR(optimizer, lr_lambda=\(lambda(o.factor)))"
        case let o as MultiplicativeLR:
            return s + "MultiplicativeLR(optimizer, lr_lambda=\(lambda(o.factor)))"
        case let o as SequentialLR:
            var children: [String] = []
            for child in [o.firstSchedule] + o.handovers.map(\.schedule) {
                guard let code = childExpression(for: child) else { return nil }
                children.append(code)
            }
            return s + "SequentialLR(optimizer, schedulers=[\(children.joined(separator: ", "))], milestones=[\(o.handovers.map { String($0.milestone) }.joined(separator: ", "))])"
        case let o as ChainedScheduler:
            var children: [String] = []
            for child in o.children {
                guard let code = childExpression(for: child) else { return nil }
                children.append(code)
            }
            return s + "ChainedScheduler([\(children.joined(separator: ", "))])"
        case let o as FormulaSchedule:
            let name = nextLambda()
            let (body, result) = o.formula.python(variables: ["epoch", "lr", "lr0", "step"], math: .floats)
            definitions += ["def \(name)(epoch, lr, lr0, step):", "    # \(o.formula.text)"] + body.map { "    " + $0 } + ["    return \(result)", ""]
            if !definitions.contains(Self.kerasSchedule.first ?? "") { definitions += Self.kerasSchedule }
            return "KerasSchedule(optimizer, \(name), steps_per_epoch=\(stepsPerEpoch))"
        default:
            return nil
        }
    }

    /// A child of `SequentialLR` or `ChainedScheduler`, which must be a scheduler: a constant rate
    /// is `ConstantLR(factor=1.0, total_iters=0)`, which keeps `lr` and restarts at it.
    private mutating func childExpression(for schedule: any LearningRateSchedule) -> String? {
        guard let code = expression(for: schedule) else { return nil }
        if code == "None" { return "torch.optim.lr_scheduler.ConstantLR(optimizer, factor=1.0, total_iters=0)" }
        return code.hasPrefix("KerasSchedule(") ? nil : code
    }

    /// `cycle_momentum=..., base_momentum=..., max_momentum=...`.
    private func momentum(_ cycle: MomentumCycle?) -> String {
        guard let cycle else { return "cycle_momentum=False" }
        return "cycle_momentum=True, base_momentum=\(literal(cycle.base)), max_momentum=\(literal(cycle.max))"
    }

    /// Defines `lr_lambda_k(epoch)` from a formula in `epoch` and returns its name.
    private mutating func lambda(_ formula: Formula) -> String {
        let name = nextLambda()
        let (body, result) = formula.python(variables: ["epoch"], math: .floats)
        definitions += ["def \(name)(epoch):", "    # \(formula.text)", "    epoch = float(epoch)"] + body.map { "    " + $0 } + ["    return \(result)", ""]
        return name
    }

    private mutating func nextLambda() -> String {
        lambdas += 1
        return "lr_lambda_\(lambdas)"
    }

    private func literal(_ v: Double) -> String { Formula.literal(v) }

    /// Descent's Keras-style schedule: the rate becomes `schedule(epoch, lr)` at every epoch.
    static let kerasSchedule = [
        "class KerasSchedule:",
        "    \"\"\"Descent's formula schedule, Keras's LearningRateScheduler(schedule); not in PyTorch.\"\"\"",
        "",
        "    def __init__(self, optimizer, schedule, steps_per_epoch):",
        "        self.optimizer, self.schedule, self.steps_per_epoch = optimizer, schedule, steps_per_epoch",
        "        self.epoch = 0",
        "        self.base = optimizer.param_groups[0]['lr']",
        "        self._set(self.schedule(0.0, self.base, self.base, 0.0))",
        "",
        "    def _set(self, lr):",
        "        for group in self.optimizer.param_groups:",
        "            group['lr'] = lr",
        "",
        "    def step(self):",
        "        self.epoch += 1",
        "        lr = self.optimizer.param_groups[0]['lr']",
        "        self._set(self.schedule(float(self.epoch), lr, self.base, float(self.epoch * self.steps_per_epoch)))",
        "",
    ]
}
