/// A validated lesson: what to run and which figures to draw.
///
/// (Skeleton: the lesson format is being built; see `Lessons/README.md`.)
public struct Lesson: Sendable {
    /// The lesson's name, used for its output folder.
    public var name: String

    /// Creates a lesson.
    public init(name: String) {
        self.name = name
    }
}
