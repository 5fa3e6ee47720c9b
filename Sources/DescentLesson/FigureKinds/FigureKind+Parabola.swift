import DescentNumerics

extension FigureKind {
    /// The surface along x (a 1D problem such as `f(x) = a x^2 / 2`) with each run's iterates on
    /// the curve and its first steps as arrows from iterate to iterate, so a rate that overshoots
    /// is seen bouncing across the minimum.
    public static let parabola = FigureKind(
        name: "parabola", summary: "the surface along x with the iterates on the curve and the steps as bouncing arrows",
        options: [
            ParameterSpec("arrows", .integer, range: 0...1000, default: .number(12), summary: "How many of the first steps are drawn as arrows"),
            FigureOptions.logAxis(default: false),
        ]
    )
}
