import DescentFiles
import DescentLesson
import DescentPipeline
import DescentPlot
import DescentRender

/// Writes the gallery of compiled lessons: `<outputDirectory>/index.html`, and the SVG files it
/// shows (`<outputDirectory>/<lesson>/<figure>.svg`, the paths `descent build` uses).
///
/// Not Sendable (it owns a Pango context); use one writer per task.
public struct GalleryWriter {
    /// The folder that holds the page and the lesson folders.
    public let outputDirectory: String
    private let painter: ScenePainter

    /// A writer into `outputDirectory`, drawing with `painter`.
    public init(outputDirectory: String = "Output", painter: ScenePainter = ScenePainter()) {
        self.outputDirectory = outputDirectory
        self.painter = painter
    }

    /// The page's path, `<outputDirectory>/index.html`.
    public var pagePath: String { Self.pagePath(outputDirectory: outputDirectory) }

    /// The language of the page's own words: the one `requested`, else the one all lessons are
    /// written in, else English.
    static func pageLanguage(requested: String?, lessons: [String]) -> String {
        if let requested { return requested }
        let languages = Set(lessons)
        return languages.count == 1 ? languages.first ?? LocalizedText.fallbackLanguage : LocalizedText.fallbackLanguage
    }

    /// The page's path in `outputDirectory`.
    public static func pagePath(outputDirectory: String) -> String { "\(outputDirectory)/index.html" }

    /// Writes the page for the course among `lessons` (examples without a curriculum number are
    /// left out when there are course lessons, see ``LessonNumber``), each lesson's texts in
    /// `language` (its own `output.language` when nil, as `descent build` draws its figures). The
    /// page's own words are in `language`, else in the language every lesson is written in, else
    /// in English: a course of mixed languages is not presented in the words of whichever lesson
    /// comes first. With `renderFigures` every figure's SVG is rendered and written too; pass
    /// false when `descent build` has just written SVGs for these lessons. With `videos` false (a
    /// build without animations) an animation shows its still only. Returns the files written.
    @discardableResult
    public func write(lessons all: [CompiledLesson], language: String? = nil, renderFigures: Bool = true, videos: Bool = true) throws(RenderError) -> [String] {
        let lessons = LessonNumber.course(all.map(\.lesson.name)).map { all[$0] }
        var files: [String] = []
        let languageOf = { (lesson: Lesson) in language ?? lesson.output.language }
        if renderFigures {
            let layout = FigureLayout(measurer: painter.measurer)
            for compiled in lessons {
                for (request, figure) in compiled.assembled(language: languageOf(compiled.lesson)).figures {
                    let path = "\(outputDirectory)/\(compiled.lesson.name)/\(request.name).svg"
                    try painter.write(layout.scene(for: figure), to: path, format: .svg)
                    files.append(path)
                }
            }
        }
        let pageLanguage = Self.pageLanguage(requested: language, lessons: lessons.map(\.lesson.output.language))
        do {
            try Gallery.write(
                lessons: lessons.map { GalleryLesson(lesson: $0.lesson, language: languageOf($0.lesson), videos: videos) }, strings: .forLanguage(pageLanguage),
                to: pagePath
            )
        } catch {
            throw .file(error)
        }
        files.append(pagePath)
        return files
    }
}
