import DescentNumerics

extension FigureKind {
    /// The true loss along each path beside the loss of the plane at its projection, for a
    /// `network` surface: where they part, the map under the path is not the loss the run saw.
    public static let pathLoss = FigureKind(
        name: "path-loss", summary: "network lessons: each run's true loss along its path (solid) and the drawn plane's loss under it (dotted), against step",
        options: [FigureOptions.logAxis(default: true)]
    )
}
