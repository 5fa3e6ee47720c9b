import DescentPlot
import DescentRender

/// One output file of a lesson, independent of every other: a figure to lay out and render in one
/// format, or a text to write. Jobs carry only values, so any core can run them; each writes its
/// file atomically.
public struct RenderJob: Sendable {
    /// What the job makes.
    public enum Work: Sendable {
        /// A figure spec, rendered in `format` at `scale` PNG pixels per point.
        case figure(Figure, format: OutputFormat, scale: Double)
        /// A text file (CSV).
        case text(String)
    }

    /// The file the job writes.
    public var path: String
    /// What it writes there.
    public var work: Work

    /// Creates a job.
    public init(path: String, work: Work) {
        self.path = path
        self.work = work
    }

    /// Lays out and renders the job with `painter` (whose measurer lays the figure out) and writes
    /// its file. A failure names the file once, with the reason and the lesson that wanted it.
    public func run(painter: ScenePainter, lessonPath: String) throws(BuildFailure) {
        do throws(RenderError) {
            switch work {
            case .figure(let figure, let format, let scale):
                let scene = FigureLayout(measurer: painter.measurer).scene(for: figure)
                try painter.write(scene, to: path, format: format, scale: scale)
            case .text(let text):
                try AtomicFile.write(Array(text.utf8), to: path)
            }
        } catch {
            throw BuildFailure(messages: ["\(lessonPath): error: cannot write \(path): \(error)"])
        }
    }
}
