import ArgumentParser

/// The options `trace` and `schedule` share: the base rate and how many steps, in how many epochs.
///
/// The ranges are the lesson format's (`lr` positive, `steps` and `steps_per_epoch` in
/// 1...100000), with the lesson's words. Values are read even when they start with `-`, so
/// `--steps -1` is refused for its value, not taken for a missing one.
struct StepOptions: ParsableArguments {
    /// The lesson format's range of `steps` and `steps_per_epoch`.
    static let stepRange = 1...100_000

    @Option(parsing: .unconditional, help: "The base learning rate (positive).")
    var lr: Double
    @Option(parsing: .unconditional, help: "Number of optimizer steps (1...100000).")
    var steps: Int
    @Option(name: .customLong("steps-per-epoch"), parsing: .unconditional, help: "Optimizer steps per epoch (1...100000; the schedule advances once per epoch).")
    var stepsPerEpoch: Int = 1

    func validate() throws {
        try Self.check(steps, in: Self.stepRange, "--steps")
        try Self.check(stepsPerEpoch, in: Self.stepRange, "--steps-per-epoch")
        guard lr.isFinite, lr > 0 else { throw ValidationError("'--lr' must be a positive number, not \(lr)") }
    }

    /// `'--steps' must be in 1...100000, not -1`, as a lesson says it.
    static func check(_ value: Int, in range: ClosedRange<Int>, _ name: String) throws {
        guard range.contains(value) else {
            throw ValidationError("'\(name)' must be in \(range.lowerBound)...\(range.upperBound), not \(value)")
        }
    }
}
