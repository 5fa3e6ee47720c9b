import DescentNumerics

extension FigureKind {
    /// Bars of the fraction of each run's seeds that end in each known minimum, or diverge.
    public static let outcome = FigureKind(
        name: "outcome", summary: "bars: the fraction of a seed ensemble's members that end in each minimum (the nearest to their last point) or diverge",
        options: []
    )
}
