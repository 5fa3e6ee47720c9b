import DescentLesson
import DescentNumerics
import DescentPlot

/// Builds the contour map of a lesson's surface with the runs' paths.
enum ContourPanelBuilder {
    /// Grid samples per side; enough for smooth contours at slide size.
    static let resolution = 161

    static func panel(_ request: FigureRequest, context: FigureContext) -> ContourPanel {
        let surface = context.surface
        let domain = context.domain
        let field = ScalarField(x: domain.x, y: domain.y, columns: resolution, rows: resolution) { x, y in
            surface.value(at: Vec2(x, y))
        }
        let marked = surface.criticalPoints
            .filter { domain.contains($0.point) }
            .map { MarkedPoint(x: $0.point.x, y: $0.point.y, kind: kind($0.kind), label: nil) }
        var paths: [PathSeries] = []
        for run in context.runs(for: request) {
            for (index, trajectory) in run.trajectories.enumerated() {
                paths.append(PathSeries(
                    id: index == 0 ? run.id : "\(run.id)#\(index + 1)", style: context.styles[run.id],
                    xs: trajectory.points.map(\.x), ys: trajectory.points.map(\.y),
                    divergedAtStep: trajectory.divergence?.step
                ))
            }
        }
        return ContourPanel(
            title: context.text(request.title), field: field, levels: levels(request), markedPoints: marked, paths: paths
        )
    }

    private static func levels(_ request: FigureRequest) -> ContourPanel.Levels {
        var count = 14
        if case .number(let n)? = request.option("levels") { count = Int(n) }
        switch request.options["log_levels"] {
        case .boolean(true)?: return .logarithmic(count: count)
        case .boolean(false)?: return .linear(count: count)
        default: return .automatic(count: count)
        }
    }

    private static func kind(_ kind: CriticalPoint.Kind) -> MarkedPoint.Kind {
        switch kind {
        case .minimum: return .minimum
        case .saddle: return .saddle
        case .maximum: return .maximum
        }
    }
}
