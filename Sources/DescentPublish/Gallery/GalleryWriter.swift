import DescentFiles
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
    private let painter = ScenePainter()

    /// A writer into `outputDirectory`.
    public init(outputDirectory: String = "Output") {
        self.outputDirectory = outputDirectory
    }

    /// The page's path, `<outputDirectory>/index.html`.
    public var pagePath: String { "\(outputDirectory)/index.html" }

    /// Writes the page for `lessons` (in the language they were compiled in). With `renderFigures`
    /// every figure's SVG is rendered and written too; pass false when `descent build` has just
    /// written SVGs for these lessons. Returns the files written.
    @discardableResult
    public func write(lessons: [CompiledLesson], renderFigures: Bool = true) throws(RenderError) -> [String] {
        var files: [String] = []
        if renderFigures {
            let layout = FigureLayout(measurer: painter.measurer)
            for compiled in lessons {
                for (request, figure) in compiled.figures {
                    let path = "\(outputDirectory)/\(compiled.lesson.name)/\(request.name).svg"
                    try painter.write(layout.scene(for: figure), to: path, format: .svg)
                    files.append(path)
                }
            }
        }
        let language = lessons.first?.language ?? "en"
        do {
            try Gallery.write(lessons: lessons.map(GalleryLesson.init(compiled:)), strings: .forLanguage(language), to: pagePath)
        } catch {
            throw .file(error)
        }
        files.append(pagePath)
        return files
    }
}
