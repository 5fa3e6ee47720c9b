import DescentNumerics

extension FigureKind {
    /// Basins of attraction: every start point colored by the minimum its run reaches.
    public static let basins = FigureKind(
        name: "basins", summary: "basins of attraction: start points colored by the minimum reached",
        options: [
            ParameterSpec("resolution", .integer, range: 8...1024, default: .number(60), summary: "Start points per side of the grid"),
            FigureOptions.aspect,
        ],
        layoutWeight: 1.25
    )
}
