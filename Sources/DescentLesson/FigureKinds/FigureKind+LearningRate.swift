import DescentNumerics

extension FigureKind {
    /// Learning rate against step or epoch, with the schedules' milestones and restarts marked.
    public static let lr = FigureKind(
        name: "lr", summary: "learning rate against step or epoch",
        options: [FigureOptions.logAxis(default: false), FigureOptions.per]
    )
}
