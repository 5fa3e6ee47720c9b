import DescentPipeline
import DescentRender

/// Builds a handout PDF from lesson files: compiles each lesson in the handout's language, lays
/// the handout out and writes it.
///
/// Not Sendable (it owns a Pango context); use one builder per task.
public struct HandoutBuilder {
    /// The handout's language (`en`, `ko`); lesson text falls back to English.
    public let language: String
    /// Page geometry and typography.
    public let style: HandoutStyle
    private let painter: ScenePainter

    /// A builder for `language` on `paper`.
    public init(language: String = "en", paper: Paper = .a4) {
        self.language = language
        style = HandoutStyle(paper: paper)
        painter = ScenePainter()
    }

    /// The default output file, `<outputDirectory>/handout-<language>.pdf`.
    public static func defaultPath(outputDirectory: String = "Output", language: String) -> String {
        "\(outputDirectory)/handout-\(language).pdf"
    }

    /// The handout lesson of each path, in order, and the failures of those that did not compile
    /// (left out of the handout).
    public func lessons(paths: [String]) -> (lessons: [HandoutLesson], failures: [BuildFailure]) {
        let builder = LessonBuilder(options: BuildOptions(language: language))
        var lessons: [HandoutLesson] = []
        var failures: [BuildFailure] = []
        for path in paths {
            do {
                let compiled = try builder.compile(path: path)
                lessons.append(HandoutLesson(compiled: compiled, style: style, measurer: painter.measurer))
            } catch {
                failures.append(error)
            }
        }
        return (lessons, failures)
    }

    /// The handout of `lessons` as a PDF document.
    public func document(_ lessons: [HandoutLesson]) -> PDFDocument {
        HandoutLayout(style: style, strings: .forLanguage(language), measurer: painter.measurer).document(lessons)
    }

    /// Compiles the lessons at `paths`, lays out their handout and writes it to `output`
    /// atomically. Lessons that fail are left out and returned; the handout is written if at
    /// least one lesson compiled.
    @discardableResult
    public func write(paths: [String], to output: String) throws(RenderError) -> HandoutReport {
        let (lessons, failures) = lessons(paths: paths)
        guard !lessons.isEmpty else { return HandoutReport(path: nil, pages: 0, lessons: 0, failures: failures) }
        let document = document(lessons)
        try painter.writePDF(document, to: output)
        return HandoutReport(path: output, pages: document.pages.count, lessons: lessons.count, failures: failures)
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
}
