import DescentLesson
import DescentPipeline

/// What a course build did, lesson by lesson and product by product, in the order given.
public struct CourseReport: Sendable {
    /// One lesson's outcome.
    public enum LessonOutcome: Sendable {
        /// Built now: its files, the CPU time spent on it, the runs that diverged and the lesson's
        /// warnings.
        case built(name: String, files: [String], milliseconds: Double, notes: [String], warnings: [Diagnostic])
        /// Unchanged since the last build: its files were reused as they are.
        case reused(name: String, files: [String], notes: [String])
        /// It could not be built; its problems, located.
        case failed(BuildFailure)
    }

    /// A handout's or the gallery's outcome.
    public struct ProductOutcome: Sendable {
        /// The file (the handout PDF or the gallery page).
        public var path: String
        /// Whether it was built now (false: reused).
        public var built: Bool
        /// What to say about it ("38 pages, 28 lessons"), or the error.
        public var summary: String
        /// Whether it failed.
        public var failed: Bool
        /// Time spent on it in milliseconds.
        public var milliseconds: Double
    }

    /// Every lesson, in the order given.
    public var lessons: [LessonOutcome]
    /// The handouts, then the gallery.
    public var products: [ProductOutcome]
    /// Problems of the build as a whole (the output folder could not be locked).
    public var errors: [String]

    /// The number of lessons and products that failed.
    public var failures: Int {
        lessons.filter { if case .failed = $0 { true } else { false } }.count + products.filter(\.failed).count + errors.count
    }
}
