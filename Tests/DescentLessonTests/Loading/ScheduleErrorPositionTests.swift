import Testing
@testable import DescentLesson

/// Where PyTorch's schedulers raise, a lesson gets a located error instead of a silent run.
/// Lessons are `Fixtures.lesson(runs:)` (the run on line 4), read with Descent's own catalogs;
/// columns counted by hand, at the offending value, or at the schedule's name when the
/// parameter is a default.
@Suite("PyTorch's scheduler errors, located")
struct ScheduleErrorPositionTests {
    static let loader = LessonLoader(catalogs: .standard)

    static func diagnostics(_ yaml: String) -> [Diagnostic] {
        do {
            _ = try loader.parse(yaml: yaml, file: Fixtures.file)
            return []
        } catch {
            return error.diagnostics
        }
    }

    static let cases: [(run: String, column: Int, message: String)] = [
        // CyclicLR/OneCycleLR __init__: "optimizer must support momentum or beta1 with `cycle_momentum` option enabled".
        ("  - {optimizer: adagrad, lr: 0.1, schedule: {name: cyclic, cycle_momentum: true}}", 76,
         "optimizer 'adagrad' has no momentum or betas to cycle, so PyTorch raises; set cycle_momentum: false"),
        ("  - {optimizer: adadelta, lr: 0.1, schedule: {name: onecycle}}", 53,
         "optimizer 'adadelta' has no momentum or betas to cycle, so PyTorch raises; set cycle_momentum: false"),
        // OneCycleLR.get_lr: "Tried to step {} times. The specified number of total steps is {}".
        ("  - {optimizer: sgd, lr: 0.1, steps: 40, schedule: {name: onecycle, total_steps: 30}}", 82,
         "OneCycleLR with total_steps = 30 is stepped 40 times by this run, and PyTorch raises 'Tried to step 31 times'; total_steps must be at least the run's 40 epochs"),
        // OneCycleLR.get_lr: pct = (step_num - start_step) / (end_step - start_step), with
        // end_step = float(0.01 * 100) - 1 = 0 = start_step: ZeroDivisionError at step 0.
        ("  - {optimizer: sgd, lr: 0.1, schedule: {name: onecycle, total_steps: 100, pct_start: 0.01}}", 87,
         "OneCycleLR's phase 1 has zero length (pct_start = 0.01 of total_steps = 100), and PyTorch's get_lr divides by it (ZeroDivisionError); change pct_start or total_steps"),
    ]

    @Test(arguments: 0..<cases.count)
    func reportsAtTheOffendingNode(_ index: Int) {
        let example = Self.cases[index]
        let diagnostics = Self.diagnostics(Fixtures.lesson(runs: example.run))
        let expected = Diagnostic(file: Fixtures.file, line: 4, column: example.column, message: example.message)
        #expect(diagnostics.contains(expected), "got:\n\(diagnostics.map(\.description).joined(separator: "\n"))")
    }

    /// SGD has `momentum` in its defaults (even at 0) and Adam has `betas`: no error.
    @Test func momentumOrBetasAreEnough() {
        for optimizer in ["sgd", "adam", "rmsprop"] {
            let yaml = Fixtures.lesson(runs: "  - {optimizer: \(optimizer), lr: 0.1, schedule: {name: onecycle}}")
            #expect(Self.diagnostics(yaml).isEmpty)
        }
    }
}
