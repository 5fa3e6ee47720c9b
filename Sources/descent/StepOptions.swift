import ArgumentParser

/// The options `trace` and `schedule` share: the base rate and how many steps, in how many epochs.
struct StepOptions: ParsableArguments {
    @Option(help: "The base learning rate.")
    var lr: Double
    @Option(help: "Number of optimizer steps.")
    var steps: Int
    @Option(name: .customLong("steps-per-epoch"), help: "Optimizer steps per epoch (the schedule advances once per epoch).")
    var stepsPerEpoch: Int = 1

    func validate() throws {
        guard (0...1_000_000).contains(steps) else { throw ValidationError("--steps must be in 0...1000000") }
        guard stepsPerEpoch >= 1 else { throw ValidationError("--steps-per-epoch must be at least 1") }
        guard lr.isFinite, lr >= 0 else { throw ValidationError("--lr must be a non-negative number") }
    }
}
