import DescentNumerics

extension FigureKind {
    /// The same runs on several catalog surfaces, one contour panel each (the comparison figure
    /// of the course's topic 10). Each surface is built with its defaults and every run starts
    /// from that surface's default start, over its default domain; the runs keep their optimizer,
    /// rate, schedule and step count.
    public static let compare = FigureKind(
        name: "compare", summary: "the same runs on several catalog surfaces, one map each (2 x 2 for four)",
        options: [
            ParameterSpec("surfaces", .texts, default: .list(["rosenbrock", "saddle", "himmelblau", "beale"].map { .text($0) }),
                          summary: "Catalog surfaces, one panel each, with their defaults (1 to 9)"),
            FigureOptions.levels, FigureOptions.logLevels, FigureOptions.colormap, FigureOptions.resolution(default: 121),
            ParameterSpec("rows", .integer, range: 1...9, summary: "Rows of panels (chosen from the surface count when absent)"),
            ParameterSpec("cols", .integer, range: 1...9, summary: "Columns of panels (chosen from the surface count when absent)"),
        ],
        layoutWeight: 1.25
    )

    /// The most surfaces one `compare` figure may name.
    public static let compareSurfaceLimit = 9
}
