import DescentNumerics

extension FigureKind {
    /// Distance to the nearest minimum against step.
    public static let distance = FigureKind(
        name: "distance", summary: "distance to the nearest minimum against step",
        options: [FigureOptions.logAxis(default: true)]
    )
}
