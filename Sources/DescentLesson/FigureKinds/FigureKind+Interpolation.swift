import DescentNumerics

extension FigureKind {
    /// The loss along a straight line in parameter space (Goodfellow, Vinyals & Saxe 2015), for a
    /// `network` surface: `L((1 - α) θ_0 + α θ_1)` against `α`.
    public static let interpolation = FigureKind(
        name: "interpolation", summary: "network lessons: the loss along the straight line from each run's start to its end, or between two runs' ends",
        options: [
            ParameterSpec("between", .choice(["start", "solutions"]), default: .text("start"),
                          summary: "start: from each run's initial weights to its final ones; solutions: from the first run's end to each other run's end"),
            FigureOptions.logAxis(default: false),
        ]
    )
}
