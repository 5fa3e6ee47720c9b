import ArgumentParser
import DescentPublish

/// `descent handout`: one PDF with a cover, contents, and every lesson with its figures.
struct HandoutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handout",
        abstract: "Write one handout PDF: cover, linked contents, bookmarks, each lesson with its settings and vector figures."
    )

    @Argument(help: "Lesson files or folders (default: Lessons/).")
    var lessons: [String] = []
    @Option(help: "Language of the handout (lesson text falls back to English).")
    var lang: Language = .en
    @Option(help: "Paper size.")
    var paper: Paper = .a4
    @Option(name: .shortAndLong, help: "The PDF to write (default: Output/handout-<lang>.pdf).")
    var output: String?

    func run() throws {
        MemoryTuning.keepFreedBuffers()
        let (files, missing, empty) = LessonPaths.expand(lessons)
        for path in empty { StandardError.write("\(path): error: the folder holds no lessons (*.yaml or *.yml)") }
        for path in missing { StandardError.write("\(path): error: no such lesson file or folder") }
        let builder = HandoutBuilder(language: lang.rawValue, paper: paper)
        let path = output ?? HandoutBuilder.defaultPath(language: lang.rawValue)
        let report = try builder.write(paths: files, to: path)
        for failure in report.failures { StandardError.write(failure.description) }
        if let written = report.path {
            print("\(written): \(report.lessons) lesson\(report.lessons == 1 ? "" : "s"), \(report.pages) pages")
            if !report.examples.isEmpty {
                print("not in the course handout (no curriculum number in the file name): \(report.examples.joined(separator: ", "))")
            }
        } else {
            StandardError.write("error: no lesson compiled; no handout written")
        }
        if !missing.isEmpty || !empty.isEmpty || !report.failures.isEmpty || report.path == nil { throw ExitCode.failure }
    }
}
