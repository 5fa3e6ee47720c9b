import DescentNumerics

extension FigureKind {
    /// The classifier in data space at chosen steps, for a `network` surface: the training
    /// samples by class, the predicted probability of class 1 and the `P = 0.5` boundary.
    public static let decisionBoundary = FigureKind(
        name: "decision-boundary", summary: "network lessons: the data by class with the predicted probability and the P = 0.5 boundary, one map per chosen step of the first run",
        options: [
            ParameterSpec("at", .numbers(count: nil), range: 0...100_000, summary: "Steps to draw (default: the start, three between and the end)"),
            ParameterSpec("resolution", .integer, range: 8...200, default: .number(60), summary: "Grid points per side of each map"),
        ],
        layoutWeight: 1.25
    )
}
