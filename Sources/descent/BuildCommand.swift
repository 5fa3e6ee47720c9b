import ArgumentParser
import DescentFiles
import DescentLesson
import DescentPipeline
import DescentPublish
import DescentRender
import Foundation

/// `descent build`: render lessons into figures, the handouts and the gallery.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render lessons into PNG, SVG and PDF figures under Output/<lesson>/, plus the handouts and the gallery.",
        discussion: """
            Besides each lesson's figures it writes Output/handout-en.pdf and Output/handout-ko.pdf (one PDF \
            of every lesson built) and Output/index.html (every figure with its caption, viewable offline). \
            Lessons are built on every core, and only what changed since the last build into the same folder \
            is rebuilt (the cache lives in Output/.descent-cache); --force rebuilds everything.
            """
    )

    @Argument(help: "Lesson files or folders (default: Lessons/).")
    var lessons: [String] = []
    @Option(name: .shortAndLong, help: "The output folder.")
    var output: String = "Output"
    @Option(help: "Formats to write, comma-separated: png,svg,pdf (default: each lesson's own).")
    var format: FormatList?
    @Option(help: "Language of the figures' text (default: each lesson's own).")
    var lang: Language?
    @Option(parsing: .unconditional, help: "PNG pixels per point, 0.25...8 as in a lesson (default: each lesson's own, usually 2).")
    var scale: Double?
    @Option(help: "Theme of every figure: light, dark (for slides) or print (grayscale-safe); default each lesson's own.")
    var theme: OutputSettings.ThemeName?
    @Option(help: "Paper of the handouts.")
    var paper: Paper = .a4
    @Option(help: "Workers building at once (default: one per core).")
    var jobs: Int = ParallelWork.coreCount
    @Flag(name: .customLong("no-handout"), help: "Do not write the handout PDFs.")
    var noHandout = false
    @Flag(name: .customLong("no-gallery"), help: "Do not write the gallery page (index.html).")
    var noGallery = false
    @Flag(name: .customLong("no-animations"), help: "Write animation figures as stills only: no MP4, GIF or Beamer frames.")
    var noAnimations = false
    @Flag(help: "Rebuild everything, even what is up to date.")
    var force = false
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
        if !(1...256).contains(jobs) { throw ValidationError("--jobs must be between 1 and 256") }
    }

    /// The course build these options describe.
    var course: CourseBuild {
        var policy = CoursePolicy.standard
        policy.paper = paper
        policy.handouts = !noHandout
        policy.gallery = !noGallery
        let options = BuildOptions(
            outputDirectory: output, formats: format?.formats, language: lang?.rawValue, scale: scale, theme: theme,
            limits: noLimits ? nil : .standard, animations: !noAnimations
        )
        return CourseBuild(options: options, policy: policy, force: force, warningsAsErrors: warningsAsErrors, width: jobs)
    }

    func run() async throws {
        MemoryTuning.keepFreedBuffers()
        let (files, missing, empty) = LessonPaths.expand(lessons)
        for path in missing { StandardError.write("\(path): error: no such lesson file or folder") }
        for path in empty { StandardError.write("\(path): error: the folder holds no lessons (*.yaml or *.yml)") }
        if dryRun {
            do {
                try course.plannedFiles(paths: files).forEach { print($0) }
            } catch {
                StandardError.write(error.description)
                throw ExitCode.failure
            }
            if !missing.isEmpty || !empty.isEmpty { throw ExitCode.failure }
            return
        }
        let clock = ContinuousClock.now
        let report = await course.run(paths: files)
        printReport(report)
        if !noGallery { await writeControlFallbacks(files, report: report) }
        let failed = missing.count + empty.count + report.failures
        if !quiet {
            let built = report.lessons.filter { if case .built = $0 { true } else { false } }.count
            let reused = report.lessons.filter { if case .reused = $0 { true } else { false } }.count
            let written = report.lessons.reduce(0) { count, outcome in
                if case .built(_, let files, _, _, _) = outcome { count + files.count } else { count }
            }
            let ms = Int((ContinuousClock.now - clock).milliseconds.rounded())
            print("built \(built) lesson\(built == 1 ? "" : "s") (\(reused) up to date), \(written) files, in \(ms) ms"
                + (failed > 0 ? "; \(failed) failed" : ""))
        }
        if failed > 0 { throw ExitCode.failure }
    }

    /// The gallery's offline pages of precomputed control values, for the lessons that built.
    private func writeControlFallbacks(_ files: [String], report: CourseReport) async {
        let fallback = ControlFallback(builder: LessonBuilder(options: course.options), force: force)
        for path in files {
            do {
                let written = try await fallback.write(path: path)
                if !written.isEmpty, !quiet { print("\(fallback.pagePath(lesson: ((path as NSString).lastPathComponent as NSString).deletingPathExtension)): \(written.count - 1) precomputed figures") }
            } catch {
                StandardError.write(error.description)
            }
        }
    }

    private func printReport(_ report: CourseReport) {
        let printer = DiagnosticPrinter(warningsAsErrors: warningsAsErrors)
        for error in report.errors { StandardError.write(error) }
        for outcome in report.lessons {
            switch outcome {
            case .built(let name, let files, let ms, let notes, let warnings):
                printer.print(warnings)
                guard !quiet else { continue }
                print("\(name): \(files.count) files in \(Int(ms.rounded())) ms")
                for note in notes { print("  note: \(note)") }
            case .reused(let name, let files, let notes):
                guard !quiet else { continue }
                print("\(name): up to date (\(files.count) files)")
                for note in notes { print("  note: \(note)") }
            case .failed(let failure):
                printer.print(failure.diagnostics, messages: failure.messages)
            }
        }
        for product in report.products {
            if product.failed {
                StandardError.write("\(product.path): \(product.summary)")
            } else if !quiet {
                print("\(product.path): \(product.summary)" + (product.built ? " in \(Int(product.milliseconds.rounded())) ms" : ""))
            }
        }
    }
}

extension OutputSettings.ThemeName: ExpressibleByArgument {}
extension Paper: ExpressibleByArgument {}
