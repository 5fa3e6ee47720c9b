import ArgumentParser
import DescentLesson
import DescentPipeline

/// `descent check`: validate lessons without rendering.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate lessons and report every problem as file:line:column: error: message.",
        discussion: """
            Besides the file's own mistakes it reports what the numbers imply: a schedule whose rate turns \
            negative, a surface that is not finite on the domain, a start outside it, and work beyond the \
            budget of Lessons/README.md (lift it with --no-limits). A lesson with `claims:` is run, and \
            every claim that its runs contradict is an error at the claim.
            """
    )

    @Argument(help: "Lesson files or folders (default: Lessons/).")
    var lessons: [String] = []
    @Flag(name: .customLong("no-limits"), help: "Do not apply the work budget (steps, pixels, panels, text length).")
    var noLimits = false
    @Flag(name: .customLong("warnings-as-errors"), help: "Fail when a lesson has warnings.")
    var warningsAsErrors = false

    func run() throws {
        let (files, missing, empty) = LessonPaths.expand(lessons)
        for path in missing { StandardError.write("\(path): error: no such lesson file or folder") }
        for path in empty { StandardError.write("\(path): error: the folder holds no lessons (*.yaml or *.yml)") }
        let builder = LessonBuilder(options: BuildOptions(limits: noLimits ? nil : .standard))
        let printer = DiagnosticPrinter(warningsAsErrors: warningsAsErrors)
        var failed = missing.count + empty.count
        for path in files {
            do {
                let lesson = try builder.check(path: path)
                printer.print(lesson.warnings)
                var bad = printer.fails(lesson.warnings)
                do {
                    if !lesson.claims.isEmpty { try builder.verify(try builder.compile(lesson)) }
                } catch {
                    bad = true
                    printer.print(error.diagnostics, messages: error.messages)
                }
                if bad { failed += 1 }
            } catch {
                failed += 1
                printer.print(error.diagnostics, messages: error.messages)
            }
        }
        print("checked \(files.count) lesson\(files.count == 1 ? "" : "s"): " + (failed == 0 ? "no problems" : "\(failed) with problems"))
        if failed > 0 { throw ExitCode.failure }
    }
}
