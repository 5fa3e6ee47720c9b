/// A schedule given in closed form, `lr_e = rate(e, lr)`, computed as PyTorch's `LambdaLR`
/// computes `base_lr * lmbda(epoch)`: from the base rate and the epoch alone, never from the
/// previous epoch's rate. Conformers state the rule; starting and advancing are shared.
public protocol ClosedFormSchedule: LearningRateSchedule {
    /// Where the schedule is (its base rate and epoch).
    var progress: ChainProgress { get set }
    /// The rate of `epoch >= 0` for the base rate `base`.
    func rate(at epoch: Int, base: Double) -> Double
}

extension ClosedFormSchedule {
    public mutating func start(baseLearningRate: Double) -> ScheduleValue {
        progress.base = baseLearningRate
        progress.epoch = 0
        return current
    }

    public mutating func advance(loss: Double) -> ScheduleValue {
        progress.epoch += 1
        return current
    }

    /// The value of the current epoch (recorded in `progress.rate`).
    private var current: ScheduleValue {
        mutating get {
            progress.rate = rate(at: progress.epoch, base: progress.base)
            return ScheduleValue(learningRate: progress.rate)
        }
    }
}
