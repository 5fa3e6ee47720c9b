import ArgumentParser
import DescentFiles
import DescentLesson
import DescentPipeline
import DescentPublish
import DescentRender
import Foundation

/// `descent build`: render lessons into figures, the handouts and the gallery.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render lessons into PNG, SVG and PDF figures under Output/<lesson>/, plus the handouts and the gallery.",
        discussion: """
            Besides each lesson's figures it writes Output/handout-en.pdf and Output/handout-ko.pdf (one PDF \
            of every lesson built) and Output/index.html (every figure with its caption, viewable offline).
            """
    )

    /// The languages a handout is written in.
    static let handoutLanguages = ["en", "ko"]

    @Argument(help: "Lesson files or folders (default: Lessons/).")
    var lessons: [String] = []
    @Option(name: .shortAndLong, help: "The output folder.")
    var output: String = "Output"
    @Option(help: "Formats to write, comma-separated: png,svg,pdf (default: each lesson's own).")
    var format: String?
    @Option(help: "Language of the figures' text, e.g. en or ko (falls back to English).")
    var lang: String?
    @Option(parsing: .unconditional, help: "PNG pixels per point, 0.25...8 as in a lesson (default: each lesson's own, usually 2).")
    var scale: Double?
    @Option(help: "Theme of every figure: light, dark (for slides) or print (grayscale-safe); default each lesson's own.")
    var theme: OutputSettings.ThemeName?
    @Flag(name: .customLong("no-handout"), help: "Do not write the handout PDFs.")
    var noHandout = false
    @Flag(name: .customLong("no-gallery"), help: "Do not write the gallery page (index.html).")
    var noGallery = false
    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false
    @Flag(name: .customLong("dry-run"), help: "Print the files that would be written, one per line, and write nothing.")
    var dryRun = false
    @Flag(name: .customLong("no-limits"), help: "Do not apply the work budget (steps, pixels, panels, text length).")
    var noLimits = false
    @Flag(name: .customLong("warnings-as-errors"), help: "Do not build lessons that have warnings; fail instead.")
    var warningsAsErrors = false

    func validate() throws {
        if let scale, !(0.25...8).contains(scale) { throw ValidationError("'--scale' must be in 0.25...8.0, not \(scale)") }
        _ = try formats()
    }

    func run() throws {
        let (files, missing, empty) = LessonPaths.expand(lessons)
        for path in missing { StandardError.write("\(path): error: no such lesson file or folder") }
        for path in empty { StandardError.write("\(path): error: the folder holds no lessons (*.yaml or *.yml)") }
        let builder = LessonBuilder(options: BuildOptions(
            outputDirectory: output, formats: try formats(), language: lang, scale: scale, theme: theme, limits: noLimits ? nil : .standard))
        let printer = DiagnosticPrinter(warningsAsErrors: warningsAsErrors)
        AtomicFile.removeStaleTemporaries(in: output)
        if dryRun {
            try printPlannedFiles(files, builder: builder)
            if !missing.isEmpty { throw ExitCode.failure }
            return
        }
        var failed = missing.count + empty.count
        var results: [LessonBuildResult] = []
        for path in files {
            do {
                if warningsAsErrors, case let warnings = try builder.check(path: path).warnings, printer.fails(warnings) {
                    printer.print(warnings)
                    failed += 1
                    continue
                }
                let result = try builder.build(path: path)
                printer.print(result.compiled.lesson.warnings)
                results.append(result)
                if !quiet {
                    print("\(result.lesson): \(result.files.count) files in \(Int(result.milliseconds.rounded())) ms")
                    for note in result.notes { print("  note: \(note)") }
                }
            } catch {
                failed += 1
                printer.print(error.diagnostics, messages: error.messages)
            }
        }
        if !results.isEmpty {
            failed += writeHandouts(paths: files)
            failed += writeGallery(results)
        }
        if !quiet {
            let written = results.reduce(0) { $0 + $1.files.count }
            let total = results.reduce(0) { $0 + $1.milliseconds }
            print("built \(results.count) lesson\(results.count == 1 ? "" : "s"), \(written) files, in \(Int(total.rounded())) ms"
                + (failed > 0 ? "; \(failed) failed" : ""))
        }
        if failed > 0 { throw ExitCode.failure }
    }

    private func printPlannedFiles(_ files: [String], builder: LessonBuilder) throws {
        var anyLesson = false
        for path in files {
            do {
                try builder.plannedFiles(path: path).forEach { print($0) }
                anyLesson = true
            } catch {
                StandardError.write(error.description)
                throw ExitCode.failure
            }
        }
        guard anyLesson else { return }
        if !noHandout {
            for language in Self.handoutLanguages { print(HandoutBuilder.defaultPath(outputDirectory: output, language: language)) }
        }
        if !noGallery { print(GalleryWriter(outputDirectory: output).pagePath) }
    }

    /// Writes one handout per language; returns the number of failures.
    private func writeHandouts(paths: [String]) -> Int {
        guard !noHandout else { return 0 }
        var failures = 0
        for language in Self.handoutLanguages {
            let file = HandoutBuilder.defaultPath(outputDirectory: output, language: language)
            let clock = ContinuousClock.now
            do {
                let report = try HandoutBuilder(language: language, paper: .a4).write(paths: paths, to: file)
                if !quiet {
                    print("handout (\(language)): \(report.pages) pages, \(report.lessons) lessons, \(file) in \(milliseconds(since: clock)) ms")
                }
            } catch {
                StandardError.write(error, writing: file)
                failures += 1
            }
        }
        return failures
    }

    /// Writes the gallery page; returns the number of failures.
    private func writeGallery(_ results: [LessonBuildResult]) -> Int {
        guard !noGallery else { return 0 }
        let writer = GalleryWriter(outputDirectory: output)
        let wroteSVG = results.allSatisfy { result in result.files.contains { $0.hasSuffix(".svg") } }
        do {
            try writer.write(lessons: results.map(\.compiled), renderFigures: !wroteSVG)
            if !quiet { print("gallery: \(writer.pagePath)") }
            return 0
        } catch {
            StandardError.write(error, writing: writer.pagePath)
            return 1
        }
    }

    private func milliseconds(since start: ContinuousClock.Instant) -> Int {
        Int((ContinuousClock.now - start).milliseconds.rounded())
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

extension OutputSettings.ThemeName: ExpressibleByArgument {}
