import ArgumentParser
import DescentPipeline
import DescentFiles

/// `descent export --torch`: a standalone PyTorch script that recomputes a lesson's runs.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a standalone Python script that reruns a lesson's runs with torch.optim and prints the same CSV as `descent trace`.",
        discussion: "The script builds the surface in torch (float64), uses the optimizer and schedule with the values Descent used, the same steps per epoch, gradient noise and mini-batches, and prints '# run ID' and step,x,y,loss,lr for each run."
    )

    @Flag(help: "Write a PyTorch script (the only kind of export so far).")
    var torch = false

    @Argument(help: "The lesson file.")
    var lesson: String

    @Option(name: .customLong("run"), help: "Only the run with this id.")
    var runID: String?

    @Option(name: .shortAndLong, help: "Write the script to this file instead of printing it.")
    var output: String?

    func validate() throws {
        guard torch else { throw ValidationError("say which export: --torch") }
    }

    func run() throws {
        let script: String
        do {
            script = try TorchExport.script(lessonAt: lesson, runID: runID)
        } catch {
            StandardError.write("\(error)")
            throw ExitCode.failure
        }
        guard let output else {
            print(script, terminator: "")
            return
        }
        do {
            try AtomicFile.write(Array(script.utf8), to: output)
        } catch {
            StandardError.write("\(output): error: \(error)")
            throw ExitCode.failure
        }
    }
}
