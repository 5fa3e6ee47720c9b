import DescentPipeline
import DescentRender

/// One independent piece of a course build.
enum CourseJob: Sendable {
    /// The handout in a language.
    case handout(String)
    /// The gallery page, and the SVG of every figure when the build writes none.
    case gallery(renderFigures: Bool)
    /// One file of the lesson at index `lesson`.
    case file(lesson: Int, RenderJob)

    /// What a handout or gallery job made: its files and a line about it.
    struct Summary: Sendable {
        var files: [String]
        var text: String
    }

    /// Runs the job with this worker's painter. `compiled` are the lessons that compiled, in order.
    func run(
        painter: ScenePainter, options: BuildOptions, policy: CoursePolicy, compiled: [CompiledLesson], sources: [LessonSource]
    ) throws(BuildFailure) -> Summary {
        if case .file(let lesson, let job) = self {
            try job.run(painter: painter, lessonPath: sources[lesson].path)
            return Summary(files: job.paths, text: "")
        }
        do throws(RenderError) {
            switch self {
            case .handout(let language):
                let path = HandoutBuilder.defaultPath(outputDirectory: options.outputDirectory, language: language)
                let report = try HandoutBuilder(language: language, paper: policy.paper, painter: painter).write(compiled: compiled, to: path)
                return Summary(files: report.path.map { [$0] } ?? [], text: "\(report.pages) pages, \(report.lessons) lessons")
            case .gallery(let renderFigures):
                let files = try GalleryWriter(outputDirectory: options.outputDirectory, painter: painter)
                    .write(lessons: compiled, language: options.language, renderFigures: renderFigures, videos: options.animations)
                return Summary(files: files, text: "\(LessonNumber.course(compiled.map(\.lesson.name)).count) lessons")
            case .file:
                return Summary(files: [], text: "")
            }
        } catch {
            throw BuildFailure(messages: ["error: \(error)"])
        }
    }
}
