import DescentNumerics

extension FigureKind {
    /// The constraint picture of regularization: the contours of the loss with the regions
    /// `|w|_1 <= t` (a diamond) and `|w|_2 <= t` (a circle) and the minimum inside each.
    public static let constraint = FigureKind(
        name: "constraint", summary: "loss contours with the L1 diamond and L2 circle |w| <= t and the constrained minima",
        options: [
            ParameterSpec("radius", .number, range: 1e-9...1e9, default: .number(1), summary: "The bound t of |w|_1 <= t and |w|_2 <= t"),
            ParameterSpec("norms", .choice(["both", "l1", "l2"]), default: .text("both"), summary: "Which regions are drawn"),
            FigureOptions.levels, FigureOptions.logLevels, FigureOptions.colormap, FigureOptions.resolution(default: 161),
        ],
        layoutWeight: 1.25
    )
}
