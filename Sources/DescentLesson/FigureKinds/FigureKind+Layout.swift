import DescentNumerics

extension FigureKind {
    /// Other figures of the lesson arranged side by side and stacked; it takes `panels` (see
    /// `LessonFields.layout`) rather than options.
    public static let layout = FigureKind(
        name: "layout", summary: "other figures of the lesson arranged in rows and columns",
        options: [], layoutWeight: 1.5
    )
}
