import ArgumentParser
import DescentPipeline

/// `descent check`: validate lessons without rendering.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate lessons and report every problem as file:line:column: error: message."
    )

    @Argument(help: "Lesson files or folders (default: Lessons/).")
    var lessons: [String] = []

    func run() throws {
        let (files, missing) = LessonPaths.expand(lessons)
        for path in missing { StandardError.write("\(path): error: no such lesson file or folder") }
        let builder = LessonBuilder(options: BuildOptions())
        var failed = missing.count
        for path in files {
            do {
                _ = try builder.check(path: path)
            } catch {
                failed += 1
                StandardError.write(error.description)
            }
        }
        print("checked \(files.count) lesson\(files.count == 1 ? "" : "s"): " + (failed == 0 ? "no problems" : "\(failed) with problems"))
        if failed > 0 { throw ExitCode.failure }
    }
}
