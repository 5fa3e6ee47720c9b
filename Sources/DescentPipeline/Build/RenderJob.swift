import DescentFiles
import DescentPlot
import DescentRender

/// Some output files of a lesson, independent of every other: a figure laid out once and rendered
/// in each of its formats, or a text to write. Jobs carry only values, so any core can run them;
/// each file is written atomically.
public struct RenderJob: Sendable {
    /// What the job makes.
    public enum Work: Sendable {
        /// A figure spec, laid out once and rendered into each file in the file's format, PNG at
        /// `scale` pixels per point.
        case figure(Figure, formats: [OutputFormat], scale: Double)
        /// A text file (CSV).
        case text(String)
        /// An animation's video and Beamer files (`paths` are its `files.all`).
        case animation(AnimationJob)
    }

    /// The files the job writes, in order (one per format of a figure).
    public var paths: [String]
    /// What it writes there.
    public var work: Work

    /// Creates a job.
    public init(paths: [String], work: Work) {
        self.paths = paths
        self.work = work
    }

    /// The job as one job per file: a figure in several formats becomes one job per format, each
    /// laying the figure out itself. Worth it only when workers would otherwise be idle (a
    /// one-figure lesson on two cores): the layout is repeated, the files are the same.
    public var perFile: [RenderJob] {
        guard case .figure(let figure, let formats, let scale) = work, formats.count > 1 else { return [self] }
        return zip(paths, formats).map { RenderJob(paths: [$0], work: .figure(figure, formats: [$1], scale: scale)) }
    }

    /// Lays out and renders the job with `painter` (whose measurer lays the figure out) and writes
    /// its files. A failure names the file once, with the reason and the lesson that wanted it.
    public func run(painter: ScenePainter, lessonPath: String) throws(BuildFailure) {
        var current = paths.first ?? ""
        switch work {
        case .figure(let figure, let formats, let scale):
            let scene = FigureLayout(measurer: painter.measurer).scene(for: figure)
            for (path, format) in zip(paths, formats) {
                current = path
                do {
                    try painter.write(scene, to: path, format: format, scale: scale)
                } catch .file(let error) {
                    throw BuildFailure(messages: ["\(lessonPath): error: \(error)"])
                } catch {
                    throw BuildFailure(messages: ["\(lessonPath): error: cannot write \(current): \(error)"])
                }
            }
        case .animation(let animation):
            do {
                try animation.run(painter: painter)
            } catch {
                throw BuildFailure(messages: error.messages.map { "\(lessonPath): \($0)" })
            }
        case .text(let text):
            do {
                try AtomicFile.write(Array(text.utf8), to: current)
            } catch {
                throw BuildFailure(messages: ["\(lessonPath): error: \(error)"])
            }
        }
    }
}
