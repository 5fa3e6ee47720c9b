import DescentLesson
import DescentNumerics
import DescentPlot

/// Builds the 3D view of a lesson's surface with the runs' paths on it (`surface3d`: `azimuth`,
/// `elevation`, `colormap`).
enum Surface3DPanelBuilder {
    /// Grid samples per side; the mesh is drawn from these at a coarser size.
    static let resolution = 121

    static func panel(_ request: FigureRequest, context: FigureContext) -> Surface3DPanel {
        let surface = context.surface
        let field = ScalarField(x: context.domain.x, y: context.domain.y, columns: resolution, rows: resolution) { x, y in
            surface.value(at: Vec2(x, y))
        }
        var azimuth = -60.0, elevation = 30.0
        if case .number(let value)? = request.option("azimuth") { azimuth = value }
        if case .number(let value)? = request.option("elevation") { elevation = value }
        return Surface3DPanel(
            title: context.text(request.title), field: field, colormap: request.colormap,
            azimuth: azimuth, elevation: elevation,
            paths: ContourPanelBuilder.paths(request, context: context, runs: context.runs(for: request)),
            markedPoints: CriticalPointMarks.points(surface, in: context.domain, words: context.words)
        )
    }
}
