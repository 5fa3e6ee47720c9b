import DescentPipeline
import DescentRender

/// Builds a handout PDF from compiled lessons (or lesson files, which it compiles): assembles
/// each lesson's figures in the handout's language, lays the handout out and writes it.
///
/// Not Sendable (it owns a Pango context); use one builder per task.
public struct HandoutBuilder {
    /// The handout's language (`en`, `ko`); lesson text falls back to English.
    public let language: String
    /// Page geometry and typography.
    public let style: HandoutStyle
    private let painter: ScenePainter

    /// A builder for `language` on `paper`, drawing with `painter`.
    public init(language: String = "en", paper: Paper = .a4, painter: ScenePainter = ScenePainter()) {
        self.language = language
        style = HandoutStyle(paper: paper)
        self.painter = painter
    }

    /// The default output file, `<outputDirectory>/handout-<language>.pdf`.
    public static func defaultPath(outputDirectory: String = "Output", language: String) -> String {
        "\(outputDirectory)/handout-\(language).pdf"
    }

    /// The handout lesson of each path, in order, and the failures of those that did not compile
    /// (left out of the handout).
    public func lessons(paths: [String]) -> (lessons: [HandoutLesson], failures: [BuildFailure]) {
        let builder = LessonBuilder(options: BuildOptions(language: language))
        var compiled: [CompiledLesson] = []
        var failures: [BuildFailure] = []
        for path in paths {
            do {
                compiled.append(try builder.compile(path: path))
            } catch {
                failures.append(error)
            }
        }
        return (lessons(compiled), failures)
    }

    /// The handout lesson of each compiled lesson, in order.
    public func lessons(_ compiled: [CompiledLesson]) -> [HandoutLesson] {
        compiled.map { HandoutLesson(compiled: $0, language: language) }
    }

    /// The handout of `lessons` as a PDF document.
    public func document(_ lessons: [HandoutLesson]) -> StreamedPDF {
        HandoutLayout(style: style, strings: .forLanguage(language), measurer: painter.measurer).document(lessons)
    }

    /// Compiles the lessons at `paths`, lays out their handout and writes it to `output`
    /// atomically. Lessons that fail are left out and returned; the handout is written if at
    /// least one lesson compiled.
    @discardableResult
    public func write(paths: [String], to output: String) throws(RenderError) -> HandoutReport {
        let (lessons, failures) = lessons(paths: paths)
        return try write(lessons, failures: failures, to: output)
    }

    /// Lays out the handout of lessons a build has compiled and writes it to `output` atomically.
    @discardableResult
    public func write(compiled: [CompiledLesson], to output: String) throws(RenderError) -> HandoutReport {
        try write(lessons(compiled), failures: [], to: output)
    }

    /// Writes the handout of the course among `all`: examples without a curriculum number (the
    /// README's `ravine`) are left out when there are course lessons (``LessonNumber``).
    private func write(_ all: [HandoutLesson], failures: [BuildFailure], to output: String) throws(RenderError) -> HandoutReport {
        let course = LessonNumber.course(all.map(\.name))
        let lessons = course.map { all[$0] }
        let examples = all.indices.filter { !course.contains($0) }.map { all[$0].name }
        guard !lessons.isEmpty else { return HandoutReport(path: nil, pages: 0, lessons: 0, failures: failures) }
        let document = document(lessons)
        try painter.writePDF(document, to: output)
        return HandoutReport(path: output, pages: document.pageCount, lessons: lessons.count, failures: failures, examples: examples)
    }
}

/// What writing a handout produced.
public struct HandoutReport: Sendable {
    /// The file written, or nil when no lesson compiled.
    public var path: String?
    /// Its page count.
    public var pages: Int
    /// The lessons in it.
    public var lessons: Int
    /// The lessons left out, with their diagnostics.
    public var failures: [BuildFailure]
    /// The examples left out of a course handout (lessons without a curriculum number).
    public var examples: [String] = []
}
