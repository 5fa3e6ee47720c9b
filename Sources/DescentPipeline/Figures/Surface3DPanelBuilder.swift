import DescentLesson
import DescentNumerics
import DescentPlot

/// Builds the 3D view of a lesson's surface with the runs' paths on it (`surface3d`: `azimuth`,
/// `elevation`, `colormap`, and `resolution`, the samples per side the mesh is drawn from).
enum Surface3DPanelBuilder {
    /// The builder of `surface3d` figures.
    static let figureBuilder = FigureBuilder(FigureKind.surface3d.name) { request, context in
        FigureContent(layout: .panel(.surface3d(panel(request, context: context))), legend: context.legend(for: context.runs(for: request)))
    }

    static func panel(_ request: FigureRequest, context: FigureContext) -> Surface3DPanel {
        let surface = context.surface
        var panel = Surface3DPanel(
            title: context.text(request.title), field: ContourPanelBuilder.field(request, context: context), colormap: request.colormap,
            paths: ContourPanelBuilder.paths(request, context: context, runs: context.runs(for: request)),
            markedPoints: CriticalPointMarks.points(surface, in: context.domain, words: context.words)
        )
        if let azimuth = request.number("azimuth") { panel.azimuth = azimuth }
        if let elevation = request.number("elevation") { panel.elevation = elevation }
        return panel
    }
}
