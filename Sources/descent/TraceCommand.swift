import ArgumentParser
import DescentNumerics
import DescentPipeline

/// `descent trace`: one run as CSV, for checking numbers from outside.
struct TraceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "Run one optimizer and print its trajectory as CSV: step,x,y,loss,lr.",
        discussion: "Row t holds the point after t steps, its loss, and the rate used for the step from t to t+1."
    )

    @Option(help: "A named surface (see 'descent list surfaces').")
    var surface: String?
    @Option(name: .customLong("surface-set"), help: "A surface parameter, key=value (repeatable).")
    var surfaceSettings: [KeyValueOption] = []
    @Option(help: "A formula surface in x and y, e.g. \"x^2 + 10*y^2\".")
    var expression: String?
    @Option(parsing: .unconditional, help: "The start point, X,Y (negative values too: --start -1,2).")
    var start: PointOption
    @Option(help: "The optimizer (see 'descent list optimizers').")
    var optimizer: String
    @OptionGroup var stepping: StepOptions
    @Option(name: .customLong("set"), help: "An optimizer parameter, key=value (repeatable), e.g. betas=0.9,0.999.")
    var settings: [KeyValueOption] = []
    @Option(help: "A learning-rate schedule (see 'descent list schedules').")
    var schedule: String = "constant"
    @Option(name: .customLong("schedule-set"), help: "A schedule parameter, key=value (repeatable).")
    var scheduleSettings: [KeyValueOption] = []
    @Option(parsing: .unconditional, help: "Seed of the gradient noise and the mini-batch shuffles (0...2^53).")
    var seed: Int = 0
    @Option(name: .customLong("batch-size"), parsing: .unconditional, help: "Mini-batch size (1...1000000): real batches on a data surface, gradient noise / sqrt(B) elsewhere.")
    var batchSize: Int?
    @Option(parsing: .unconditional, help: "Gradient noise scale on analytic surfaces (its std is noise / sqrt(batch size)).")
    var noise: Double = 0

    func validate() throws {
        guard (surface == nil) != (expression == nil) else {
            throw ValidationError("give exactly one of --surface or --expression")
        }
        try StepOptions.check(seed, in: 0...(1 << 53), "--seed")
        if let batchSize { try StepOptions.check(batchSize, in: 1...1_000_000, "--batch-size") }
        guard noise.isFinite, noise >= 0 else { throw ValidationError("'--noise' must be a non-negative number, not \(noise)") }
    }

    func run() throws {
        let source: TraceRequest.SurfaceSource = expression.map { .expression($0) }
            ?? .named(surface ?? "", KeyValueOption.dictionary(surfaceSettings))
        let request = TraceRequest(
            surface: source, optimizer: optimizer, optimizerParameters: KeyValueOption.dictionary(settings),
            schedule: schedule, scheduleParameters: KeyValueOption.dictionary(scheduleSettings),
            learningRate: stepping.lr, start: start.point, steps: stepping.steps, stepsPerEpoch: stepping.stepsPerEpoch,
            seed: UInt64(seed), batchSize: batchSize, noise: noise
        )
        do {
            print(TraceTable.csv(try request.run()), terminator: "")
        } catch {
            StandardError.write("error: \(error.message)")
            throw ExitCode.failure
        }
    }
}
