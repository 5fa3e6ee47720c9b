import DescentLesson
import DescentNumerics
import DescentPlot
import DescentRender
import DescentScene

/// Builds a lesson's figures into files: lesson -> runs -> figures -> scenes -> files.
public struct LessonBuilder {
    /// Creates a builder.
    public init() {}
}
