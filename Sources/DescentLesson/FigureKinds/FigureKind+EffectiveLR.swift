import DescentNumerics

extension FigureKind {
    /// Adaptive methods' per-parameter effective step size against step.
    public static let effectiveLR = FigureKind(
        name: "effective-lr", summary: "per-parameter effective step size against step",
        options: [FigureOptions.logAxis(default: true)]
    )
}
