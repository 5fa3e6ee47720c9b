import DescentFiles
import DescentLesson
import DescentNumerics
import DescentPlot
import DescentRender
import DescentScene
import Foundation

/// Builds a lesson into files: lesson -> runs -> figure specs -> scenes -> PNG/SVG/PDF.
///
/// Not Sendable (it owns a Pango context); use one builder per task.
public struct LessonBuilder {
    private let painter: ScenePainter
    private let options: BuildOptions

    /// Creates a builder.
    public init(options: BuildOptions) {
        self.options = options
        painter = ScenePainter()
    }

    /// Loads, runs and renders the lesson at `path`.
    public func build(path: String) throws(BuildFailure) -> LessonBuildResult {
        let clock = ContinuousClock.now
        let compiled = try compile(path: path)
        let lesson = compiled.lesson
        AtomicFile.removeStaleTemporaries(in: "\(options.outputDirectory)/\(lesson.name)")
        var files: [String] = []
        for (request, figure) in compiled.figures {
            let scene = FigureLayout(measurer: painter.measurer).scene(for: figure)
            for format in formats(lesson) {
                let file = outputPath(lesson: lesson.name, figure: request.name, format: format)
                do {
                    try painter.write(scene, to: file, format: format, scale: options.scale ?? lesson.output.scale)
                } catch .file(let error) {
                    throw BuildFailure(messages: ["\(path): error: \(error)"])
                } catch {
                    throw BuildFailure(messages: ["\(path): error: cannot write \(file): \(error)"])
                }
                files.append(file)
            }
        }
        if lesson.export.contains(.csv) {
            for (file, text) in RunExport.csvFiles(compiled.runs, directory: "\(options.outputDirectory)/\(lesson.name)") {
                do {
                    try AtomicFile.write(Array(text.utf8), to: file)
                } catch {
                    throw BuildFailure(messages: ["\(path): error: \(error)"])
                }
                files.append(file)
            }
        }
        let ms = (ContinuousClock.now - clock).milliseconds
        return LessonBuildResult(lesson: lesson.name, files: files, milliseconds: ms, compiled: compiled, notes: compiled.notes)
    }

    /// The files `build(path:)` would write, without running anything.
    public func plannedFiles(path: String) throws(BuildFailure) -> [String] {
        let lesson = try load(path)
        let figures = lesson.figures.flatMap { request in
            formats(lesson).map { outputPath(lesson: lesson.name, figure: request.name, format: $0) }
        }
        guard lesson.export.contains(.csv) else { return figures }
        return figures + RunExport.fileNames(lesson.runs.map { ($0.id, $0.starts.count) }, directory: "\(options.outputDirectory)/\(lesson.name)")
    }

    /// Validates the lesson at `path` and builds (but does not run) everything it names.
    public func check(path: String) throws(BuildFailure) -> Lesson {
        try load(path)
    }

    private func load(_ path: String) throws(BuildFailure) -> Lesson {
        do {
            let formats = options.formats?.compactMap { OutputSettings.Format(rawValue: $0.rawValue) }
            return try LessonLoader().loadChecked(path: path, limits: options.limits, scale: options.scale, formats: formats)
        } catch {
            throw BuildFailure(diagnostics: error.diagnostics)
        }
    }

    /// Loads the lesson at `path`, runs it and assembles its figure specs, without rendering.
    public func compile(path: String) throws(BuildFailure) -> CompiledLesson {
        let lesson = try load(path)
        let language = options.language ?? lesson.output.language
        do {
            let choice = lesson.surface.catalogChoice(domain: lesson.domain)
            let surface = try Surfaces.catalog.build(choice.name, choice.parameters)
            let runner = LessonRunner(surface: surface, language: language)
            var runs: [RunResult] = []
            for plan in lesson.runs { runs.append(try runner.run(plan)) }
            let theme = ThemeChoice.theme(options.theme ?? lesson.output.theme)
            let context = FigureContext(
                lesson: lesson, surface: surface, domain: lesson.domain ?? surface.defaultDomain, runs: runs,
                styles: RunStyles(runs: lesson.runs.map { ($0.id, $0.color) }, theme: theme), theme: theme, language: language
            )
            let assembler = FigureAssembler(context: context)
            let size = lesson.output.size.points
            let figures = lesson.figures.map { ($0, assembler.figure($0, size: Size(width: size.width, height: size.height))) }
            let notes = runs.compactMap { run in
                run.trajectory.divergence.map { "\(run.label) diverged at step \($0.step) (\($0.reason.rawValue))" }
            }
            return CompiledLesson(lesson: lesson, runs: runs, figures: figures, notes: notes, language: language)
        } catch {
            throw BuildFailure(messages: ["\(lesson.name): error: \(error.message)"])
        }
    }

    private func formats(_ lesson: Lesson) -> [OutputFormat] {
        options.formats ?? lesson.output.formats.compactMap { OutputFormat(rawValue: $0.rawValue) }
    }

    private func outputPath(lesson: String, figure: String, format: OutputFormat) -> String {
        "\(options.outputDirectory)/\(lesson)/\(figure).\(format.fileExtension)"
    }
}
