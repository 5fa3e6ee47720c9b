import ArgumentParser
import DescentNumerics
import DescentPipeline

/// `descent schedule`: a schedule's learning rate per step as CSV.
struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Print a schedule's learning rate for steps 0..N-1 as CSV: step,lr."
    )

    @Argument(help: "The schedule (see 'descent list schedules').")
    var name: String
    @Option(help: "The base learning rate.")
    var lr: Double
    @Option(help: "Number of steps.")
    var steps: Int
    @Option(name: .customLong("set"), help: "A schedule parameter, key=value (repeatable).")
    var settings: [KeyValueOption] = []
    @Option(name: .customLong("steps-per-epoch"), help: "Steps per epoch (the schedule advances once per epoch).")
    var stepsPerEpoch: Int = 1

    func validate() throws {
        guard (0...1_000_000).contains(steps) else { throw ValidationError("--steps must be in 0...1000000") }
        guard stepsPerEpoch >= 1 else { throw ValidationError("--steps-per-epoch must be at least 1") }
        guard lr.isFinite, lr >= 0 else { throw ValidationError("--lr must be a non-negative number") }
    }

    func run() throws {
        do {
            let rates = try ScheduleTable.rates(
                schedule: name, parameters: KeyValueOption.dictionary(settings), learningRate: lr,
                steps: steps, stepsPerEpoch: stepsPerEpoch
            )
            print(ScheduleTable.csv(rates), terminator: "")
        } catch {
            StandardError.write("error: \(error.message)")
            throw ExitCode.failure
        }
    }
}
