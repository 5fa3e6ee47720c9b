import DescentNumerics

extension FigureKind {
    /// Final loss against learning rate, one curve per learning-rate sweep (an LR range test).
    public static let lrSweep = FigureKind(
        name: "lr-sweep", summary: "final loss against learning rate for each learning-rate sweep",
        options: [
            ParameterSpec("log", .boolean, default: .boolean(true), summary: "Logarithmic loss axis"),
            ParameterSpec("metric", .choice(["final", "best"]), default: .text("final"), summary: "Plot each run's final loss or the lowest it reached"),
        ]
    )
}
