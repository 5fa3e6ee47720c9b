import DescentScene

/// The panel beside a landscape map: for each run, the true loss along its path (solid) and the
/// loss the map shows under the drawn path, the plane's loss at the path's projection (dotted),
/// in the run's color. Where the two part, the path has left the plane and the contours under
/// it are not the loss the optimizer saw.
public enum PathLossPanel {
    /// The dash of the in-plane curves, in points at a 12 pt base size.
    public static let planeDash: [Double] = [1.5, 2.5]

    /// The line panel: two curves per run, `<id>.true` and `<id>.plane`.
    public static func panel(
        _ runs: [PathLossSeries], title: String? = nil, xLabel: String = "step", xQuantity: AxisQuantity = .step,
        yLabel: String = "loss", yScale: LinePanel.Scale = .logarithmic
    ) -> LinePanel {
        var series: [LineSeries] = []
        for run in runs {
            var solid = run.style
            solid.dash = []
            var dotted = run.style
            dotted.dash = planeDash
            series.append(LineSeries(id: "\(run.id).true", style: solid, xs: run.steps, ys: run.trueLosses, divergedAt: run.divergedAt))
            series.append(LineSeries(id: "\(run.id).plane", style: dotted, xs: run.steps, ys: run.planeLosses))
        }
        return LinePanel(title: title, xLabel: xLabel, xQuantity: xQuantity, yLabel: yLabel, yScale: yScale, series: series)
    }

    /// Two legend rows naming the line styles, drawn in `color` (a theme's muted foreground):
    /// solid for the true loss, dotted for the in-plane loss.
    public static func legend(trueLabel: String = "true loss along the path", planeLabel: String = "loss of the plane under the drawn path", color: Color) -> [LegendEntry] {
        [
            LegendEntry(id: "path-loss.true", label: trueLabel, style: SeriesStyle(color: color), sample: .line, role: .key),
            LegendEntry(id: "path-loss.plane", label: planeLabel, style: SeriesStyle(color: color, dash: planeDash), sample: .line, role: .key),
        ]
    }
}
