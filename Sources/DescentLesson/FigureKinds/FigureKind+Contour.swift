import DescentNumerics

extension FigureKind {
    /// Contour map of the surface with every run's path over it.
    public static let contour = FigureKind(
        name: "contour", summary: "contour map with the runs' paths",
        options: [
            FigureOptions.levels, FigureOptions.logLevels, FigureOptions.colormap, FigureOptions.resolution(default: 161),
            ParameterSpec("dots_every", .integer, range: 1...100_000, summary: "Mark every k-th step with a dot (no dots when absent)"),
            ParameterSpec("step_labels", .boolean, default: .boolean(false), summary: "Write the step number beside marked steps"),
            ParameterSpec("gradient_field", .boolean, default: .boolean(false), summary: "Draw arrows of -grad f over the surface"),
            ParameterSpec("snapshots", .numbers(count: nil), range: 0...100_000, summary: "Steps at which every run's position is marked"),
            ParameterSpec("colorbar", .boolean, default: .boolean(false), summary: "Show a colorbar of the contour bands"),
            ParameterSpec("evaluations", .boolean, default: .boolean(false),
                          summary: "Draw the points where L-BFGS evaluated the loss within its steps as faint dots"),
            ParameterSpec("average", .boolean, default: .boolean(false), summary: "Draw ASGD's averaged iterate as a dashed second path"),
            FigureOptions.aspect,
            FigureOptions.formula,
            ParameterSpec("zoom", .numbers(count: 4),
                          summary: "Show only the rectangle [x_min, x_max, y_min, y_max] of the lesson's domain, such as the neighbourhood of a minimum"),
            ParameterSpec("from_step", .integer, range: 0...100_000, summary: "Draw the paths from this step on (the start mark moves there), to show where runs go after an early phase"),
            ParameterSpec("members", .boolean, default: .boolean(false), summary: "Draw the other seeds of a seed ensemble as thin faint paths under the median one"),
        ],
        layoutWeight: 1.25
    )
}
