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
    @Option(help: "The start point, X,Y (write --start=-1,2 for negative values).")
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
    @Option(help: "Seed of the gradient noise and the mini-batch shuffles.")
    var seed: UInt64 = 0
    @Option(name: .customLong("batch-size"), help: "Mini-batch size: real batches on a data surface, gradient noise / sqrt(B) elsewhere.")
    var batchSize: Int?
    @Option(help: "Gradient noise scale on analytic surfaces (its std is noise / sqrt(batch size)).")
    var noise: Double = 0

    func validate() throws {
        guard (surface == nil) != (expression == nil) else {
            throw ValidationError("give exactly one of --surface or --expression")
        }
        if let batchSize, batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
        guard noise.isFinite, noise >= 0 else { throw ValidationError("--noise must be a non-negative number") }
    }

    func run() throws {
        let source: TraceRequest.SurfaceSource = expression.map { .expression($0) }
            ?? .named(surface ?? "", KeyValueOption.dictionary(surfaceSettings))
        let request = TraceRequest(
            surface: source, optimizer: optimizer, optimizerParameters: KeyValueOption.dictionary(settings),
            schedule: schedule, scheduleParameters: KeyValueOption.dictionary(scheduleSettings),
            learningRate: stepping.lr, start: start.point, steps: stepping.steps, stepsPerEpoch: stepping.stepsPerEpoch,
            seed: seed, batchSize: batchSize, noise: noise
        )
        do {
            print(TraceTable.csv(try request.run()), terminator: "")
        } catch {
            StandardError.write("error: \(error.message)")
            throw ExitCode.failure
        }
    }
}
