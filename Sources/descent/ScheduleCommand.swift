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
    @OptionGroup var stepping: StepOptions
    @Option(name: .customLong("set"), help: "A schedule parameter, key=value (repeatable).")
    var settings: [KeyValueOption] = []

    func run() throws {
        do {
            let rates = try ScheduleTable.rates(
                schedule: name, parameters: KeyValueOption.dictionary(settings), learningRate: stepping.lr,
                steps: stepping.steps, stepsPerEpoch: stepping.stepsPerEpoch
            )
            print(ScheduleTable.csv(rates), terminator: "")
        } catch {
            StandardError.write("error: \(error.message)")
            throw ExitCode.failure
        }
    }
}
