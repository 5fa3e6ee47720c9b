import DescentNumerics

extension FigureKind {
    /// Small multiples: one contour panel per run.
    public static let grid = FigureKind(
        name: "grid", summary: "one small contour panel per run",
        options: [
            FigureOptions.levels, FigureOptions.logLevels, FigureOptions.colormap, FigureOptions.resolution(default: 161),
            ParameterSpec("rows", .integer, range: 1...12, summary: "Rows of panels (chosen from the run count when absent)"),
            ParameterSpec("cols", .integer, range: 1...12, summary: "Columns of panels (chosen from the run count when absent)"),
        ],
        layoutWeight: 1.5
    )
}
