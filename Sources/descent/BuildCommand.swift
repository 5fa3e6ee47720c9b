import ArgumentParser
import DescentPipeline
import DescentRender
import Foundation

/// `descent build`: render lessons into figures.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render lessons into PNG, SVG and PDF figures under Output/<lesson>/."
    )

    @Argument(help: "Lesson files or folders (default: Lessons/).")
    var lessons: [String] = []
    @Option(name: .shortAndLong, help: "The output folder.")
    var output: String = "Output"
    @Option(help: "Formats to write, comma-separated: png,svg,pdf (default: each lesson's own).")
    var format: String?
    @Option(help: "Language of the figures' text, e.g. en or ko (falls back to English).")
    var lang: String?
    @Option(help: "PNG pixels per point (default: each lesson's own, usually 2).")
    var scale: Double?
    @Flag(help: "Print nothing but errors.")
    var quiet = false
    @Flag(name: .customLong("dry-run"), help: "Print the files that would be written, one per line, and write nothing.")
    var dryRun = false

    func validate() throws {
        if let scale, !(scale > 0 && scale <= 16) { throw ValidationError("--scale must be in (0, 16]") }
        _ = try formats()
    }

    func run() throws {
        let (files, missing) = LessonPaths.expand(lessons)
        for path in missing { StandardError.write("\(path): error: no such lesson file or folder") }
        let builder = LessonBuilder(options: BuildOptions(outputDirectory: output, formats: try formats(), language: lang, scale: scale))
        var failed = missing.count
        var written = 0
        var total = 0.0
        for path in files {
            do {
                if dryRun {
                    try builder.plannedFiles(path: path).forEach { print($0) }
                    continue
                }
                let result = try builder.build(path: path)
                written += result.files.count
                total += result.milliseconds
                if !quiet {
                    print("\(result.lesson): \(result.files.count) files in \(Int(result.milliseconds.rounded())) ms")
                    for note in result.notes { print("  note: \(note)") }
                }
            } catch {
                failed += 1
                StandardError.write(error.description)
            }
        }
        if !quiet, !dryRun {
            let built = files.count - (failed - missing.count)
            print("built \(built) lesson\(built == 1 ? "" : "s"), \(written) files, in \(Int(total.rounded())) ms"
                + (failed > 0 ? "; \(failed) failed" : ""))
        }
        if failed > 0 { throw ExitCode.failure }
    }

    private func formats() throws -> [OutputFormat]? {
        guard let format else { return nil }
        return try format.split(separator: ",").map { name in
            guard let f = OutputFormat(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased()) else {
                throw ValidationError("unknown format '\(name)'; use png, svg or pdf")
            }
            return f
        }
    }
}
