import DescentNumerics

extension FigureKind {
    /// A contour map with the anatomy of chosen steps: the gradient step `-lr * g`, the step along
    /// the carried direction (`-lr * b` for momentum, `-lr * m_hat` for Adam) and the step taken.
    public static let stepAnatomy = FigureKind(
        name: "step-anatomy", summary: "map with arrows of the gradient, the momentum or moment, and the step taken at chosen steps",
        options: [
            ParameterSpec("at", .numbers(count: nil), range: 1...100_000, default: .list([.number(1), .number(5), .number(20)]),
                          summary: "The steps drawn (1 is the first step); steps a run did not take are skipped"),
            FigureOptions.levels, FigureOptions.logLevels, FigureOptions.colormap, FigureOptions.resolution(default: 161),
        ],
        layoutWeight: 1.25
    )
}
