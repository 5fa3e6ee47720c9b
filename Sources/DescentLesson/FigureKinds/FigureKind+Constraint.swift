import DescentNumerics

extension FigureKind {
    /// The constraint picture of regularization: the contours of the loss with the regions
    /// `|w|_1 <= t` (a diamond) and `|w|_2 <= t` (a circle) and the minimum inside each.
    public static let constraint = FigureKind(
        name: "constraint", summary: "loss contours with the L1 diamond ‖w‖₁ ≤ t, the L2 disc ‖w‖₂ ≤ t and the lowest point in each",
        options: [
            ParameterSpec("radius", .number, range: 1e-6...1e6, default: .number(1), summary: "The bound t of ‖w‖₁ ≤ t and ‖w‖₂ ≤ t"),
            ParameterSpec("norms", .choice(["both", "l1", "l2"]), default: .text("both"), summary: "Which regions are drawn"),
            FigureOptions.levels, FigureOptions.logLevels, FigureOptions.colormap, FigureOptions.resolution(default: 161),
        ],
        layoutWeight: 1.25
    )
}
