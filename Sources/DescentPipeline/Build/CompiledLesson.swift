import DescentLesson
import DescentPlot

/// A lesson that has been run and whose figures are assembled, ready to lay out and render.
public struct CompiledLesson: Sendable {
    /// The validated lesson.
    public var lesson: Lesson
    /// The finished runs, in lesson order.
    public var runs: [RunResult]
    /// Each figure request with its figure spec, in lesson order.
    public var figures: [(request: FigureRequest, figure: Figure)]
    /// Outcomes worth reporting, such as runs that diverged.
    public var notes: [String]
    /// The language the figures' text is in.
    public var language: String

    /// Creates a compiled lesson.
    public init(lesson: Lesson, runs: [RunResult], figures: [(request: FigureRequest, figure: Figure)], notes: [String], language: String) {
        self.lesson = lesson
        self.runs = runs
        self.figures = figures
        self.notes = notes
        self.language = language
    }
}
