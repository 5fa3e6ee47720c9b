import DescentFiles
import DescentLesson
import DescentNumerics
import DescentPlot
import DescentRender
import DescentScene
import Foundation

/// Builds a lesson into files: lesson -> compiled lesson (runs, language-free) -> figure specs in
/// the build's language -> render jobs -> PNG/SVG/PDF.
///
/// The stages are separate so a course build can compile each lesson once and hand its render
/// jobs to every core (see `CourseBuild`); `build(path:)` runs them in sequence.
public struct LessonBuilder: Sendable {
    /// How lessons are built.
    public let options: BuildOptions

    /// Creates a builder.
    public init(options: BuildOptions) {
        self.options = options
    }

    /// Loads, runs and renders the lesson at `path`, one file after another, with `painter`.
    public func build(path: String, painter: ScenePainter = ScenePainter()) throws(BuildFailure) -> LessonBuildResult {
        let clock = ContinuousClock.now
        let compiled = try compile(path: path)
        try verify(compiled)
        AtomicFile.removeStaleTemporaries(in: lessonDirectory(compiled.lesson))
        var files: [String] = []
        for job in jobs(compiled) {
            try job.run(painter: painter, lessonPath: path)
            files += job.paths
        }
        let ms = (ContinuousClock.now - clock).milliseconds
        return LessonBuildResult(lesson: compiled.lesson.name, files: files, milliseconds: ms, compiled: compiled, notes: notes(compiled))
    }

    /// The files `build(path:)` would write, without running anything.
    public func plannedFiles(path: String) throws(BuildFailure) -> [String] {
        plannedFiles(try load(path))
    }

    /// The files a build of `lesson` writes, in order.
    public func plannedFiles(_ lesson: Lesson) -> [String] {
        let figures = lesson.writtenFigures.flatMap { request in
            formats(lesson).map { outputPath(lesson: lesson.name, figure: request.name, format: $0) }
                + (writesAnimation(request) ? animationFiles(request, lesson: lesson).all : [])
        }
        guard lesson.export.contains(.csv) else { return figures }
        return figures + RunExport.fileNames(lesson.runs.map { ($0.id, $0.starts.count) }, directory: "\(options.outputDirectory)/\(lesson.name)")
    }

    /// Validates the lesson at `path` and builds (but does not run) everything it names.
    public func check(path: String) throws(BuildFailure) -> Lesson {
        try load(path)
    }

    /// Loads and validates the lesson at `path`.
    public func load(_ path: String) throws(BuildFailure) -> Lesson {
        do {
            let formats = options.formats?.compactMap { OutputSettings.Format(rawValue: $0.rawValue) }
            return try LessonLoader().loadChecked(path: path, limits: options.limits, scale: options.scale, formats: formats)
        } catch {
            throw BuildFailure(diagnostics: error.diagnostics)
        }
    }

    /// Loads and validates a lesson's text as `load(_:)` would the file at `file` holding it.
    public func load(yaml: String, file: String) throws(BuildFailure) -> Lesson {
        do {
            let formats = options.formats?.compactMap { OutputSettings.Format(rawValue: $0.rawValue) }
            return try LessonLoader().parseChecked(yaml: yaml, file: file, limits: options.limits, scale: options.scale, formats: formats)
        } catch {
            throw BuildFailure(diagnostics: error.diagnostics)
        }
    }

    /// Loads the lesson at `path` and computes it (runs, basin maps), without laying anything out.
    public func compile(path: String) throws(BuildFailure) -> CompiledLesson {
        try compile(try load(path))
    }

    /// Computes a loaded lesson, sampling its maps into `fields`.
    public func compile(_ lesson: Lesson, fields: FieldCache = FieldCache()) throws(BuildFailure) -> CompiledLesson {
        do {
            return try CompiledLesson.compile(lesson, fields: fields)
        } catch {
            throw BuildFailure(messages: ["\(lesson.name): error: \(error.message)"])
        }
    }

    /// Evaluates the lesson's claims on its runs (`ClaimEvaluation`); throws one error per failed
    /// claim, at the claim.
    public func verify(_ compiled: CompiledLesson) throws(BuildFailure) {
        let failures = ClaimEvaluation.failures(compiled)
        if !failures.isEmpty { throw BuildFailure(diagnostics: failures) }
    }

    /// Loads and computes the lesson at `path`, then assembles its figures in the build's
    /// language and theme.
    public func assemble(path: String) throws(BuildFailure) -> AssembledLesson {
        assemble(try compile(path: path))
    }

    /// The figures of `compiled` in the build's language and theme (only the one called `only`
    /// when given).
    public func assemble(_ compiled: CompiledLesson, only: String? = nil) -> AssembledLesson {
        compiled.assembled(language: language(compiled.lesson), theme: options.theme, only: only)
    }

    /// The figure called `name` of `compiled` as `build` writes it in `format`: laid out with
    /// `painter` and rendered at the build's scale; nil when the lesson writes no such figure.
    public func render(_ compiled: CompiledLesson, figure name: String, format: OutputFormat, painter: ScenePainter) throws(BuildFailure) -> [UInt8]? {
        guard let figure = assemble(compiled, only: name).figures.first?.figure else { return nil }
        let scene = FigureLayout(measurer: painter.measurer).scene(for: figure)
        do {
            return try painter.render(scene, format: format, scale: options.scale ?? compiled.lesson.output.scale)
        } catch {
            throw BuildFailure(messages: ["\(compiled.lesson.name): error: cannot render \(name).\(format.fileExtension): \(error)"])
        }
    }

    /// The runs that diverged, in the build's language.
    public func notes(_ compiled: CompiledLesson) -> [String] {
        compiled.notes(language: language(compiled.lesson))
    }

    /// The files of `compiled` as independent jobs (one per figure, with all its formats), in the
    /// order of `plannedFiles`.
    public func jobs(_ compiled: CompiledLesson) -> [RenderJob] {
        let assembled = assemble(compiled)
        let lesson = compiled.lesson
        let scale = options.scale ?? lesson.output.scale
        var jobs: [RenderJob] = []
        let formats = formats(lesson)
        for (request, figure) in assembled.figures {
            let paths = formats.map { outputPath(lesson: lesson.name, figure: request.name, format: $0) }
            jobs.append(RenderJob(paths: paths, work: .figure(figure, formats: formats, scale: scale)))
            if writesAnimation(request) {
                let animation = animationJob(request, figure: figure, compiled: compiled)
                jobs.append(RenderJob(paths: animation.files.all, work: .animation(animation)))
            }
        }
        if lesson.export.contains(.csv) {
            for (file, text) in RunExport.csvFiles(compiled.runs, directory: "\(options.outputDirectory)/\(lesson.name)") {
                jobs.append(RenderJob(paths: [file], work: .text(text)))
            }
        }
        return jobs
    }

    /// True when `request` is an animation and the build writes animations.
    func writesAnimation(_ request: FigureRequest) -> Bool {
        request.kind.animatesFigure && options.animations
    }

    func language(_ lesson: Lesson) -> String {
        options.language ?? lesson.output.language
    }

    /// The still formats of the build: the options', else the lesson's (PNG when it lists only
    /// animation formats).
    func formats(_ lesson: Lesson) -> [OutputFormat] {
        let stills = options.formats ?? lesson.output.formats.compactMap { OutputFormat(rawValue: $0.rawValue) }
        return stills.isEmpty ? [.png] : stills
    }

    /// The folder a lesson's files are written into, `<output>/<lesson>`.
    public func lessonDirectory(_ lesson: Lesson) -> String {
        "\(options.outputDirectory)/\(lesson.name)"
    }

    private func outputPath(lesson: String, figure: String, format: OutputFormat) -> String {
        "\(options.outputDirectory)/\(lesson)/\(figure).\(format.fileExtension)"
    }
}
