import DescentNumerics

extension FigureKind {
    /// The surface as a color image with a colorbar, without the paths' clutter.
    public static let heatmap = FigureKind(
        name: "heatmap", summary: "the surface as a color image with a colorbar",
        options: [
            ParameterSpec("log", .boolean, summary: "Logarithmic colors (chosen from the surface's range when absent)"),
            FigureOptions.colormap, FigureOptions.resolution(default: 161),
        ],
        layoutWeight: 1.25
    )
}
