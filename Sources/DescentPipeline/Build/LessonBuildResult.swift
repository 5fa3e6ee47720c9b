/// What building one lesson produced.
public struct LessonBuildResult: Sendable {
    /// The lesson's name.
    public var lesson: String
    /// The files written, in order.
    public var files: [String]
    /// Wall-clock time of the build in milliseconds.
    public var milliseconds: Double
    /// The lesson as compiled (runs, language-free), for the gallery and handouts.
    public var compiled: CompiledLesson
    /// Runs that diverged, as lesson outcomes worth reporting (`"sgd diverged at step 12"`).
    public var notes: [String]

    /// Creates a build result.
    public init(lesson: String, files: [String], milliseconds: Double, compiled: CompiledLesson, notes: [String] = []) {
        self.lesson = lesson
        self.files = files
        self.milliseconds = milliseconds
        self.compiled = compiled
        self.notes = notes
    }
}
