import DescentNumerics

extension FigureKind {
    /// One coordinate of each run's point against step: the sign flips of a zig-zag across a
    /// ravine show here even where the loss, a sum of squares, falls smoothly.
    public static let coordinate = FigureKind(
        name: "coordinate", summary: "one coordinate of the point (x or y) against step: a zig-zag shows as a sawtooth",
        options: [
            ParameterSpec("axis", .choice(["x", "y"]), default: .text("y"), summary: "Which coordinate is drawn"),
            FigureOptions.logAxis(default: false),
        ]
    )
}
