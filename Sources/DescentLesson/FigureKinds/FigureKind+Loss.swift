import DescentNumerics

extension FigureKind {
    /// Loss against step or epoch (`f - f*` on a log axis when the minimum is not 0).
    public static let loss = FigureKind(
        name: "loss", summary: "loss against step or epoch",
        options: [
            FigureOptions.logAxis(default: true), FigureOptions.per,
            ParameterSpec("events", .boolean, default: .boolean(false), summary: "Mark the schedules' events (milestones, restarts) with vertical lines, as the lr figure does"),
            ParameterSpec("validation", .text, summary: "A catalog surface evaluated along the same path, drawn dashed, with an early-stopping mark at its best step"),
        ]
    )
}
