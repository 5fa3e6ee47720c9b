import DescentNumerics

extension FigureKind {
    /// The LR range test: each run's loss after every step against the rate of that step, for runs
    /// whose rate ramps up during the run (schedule `lr_range_test`).
    public static let lrRange = FigureKind(
        name: "lr-range", summary: "loss against the rising learning rate of one run (LR range test)",
        options: [FigureOptions.logAxis(default: true)]
    )
}
