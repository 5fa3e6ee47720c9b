import DescentLesson
import DescentPlot

/// Builds the heatmap of a lesson's surface: `log` (absent: chosen from the surface's range),
/// `colormap` and `resolution`.
enum HeatmapPanelBuilder {
    /// The builder of `heatmap` figures.
    static let figureBuilder = FigureBuilder(FigureKind.heatmap.name) { request, context in
        FigureContent(layout: .panel(.heatmap(panel(request, context: context))), legend: [])
    }

    static func panel(_ request: FigureRequest, context: FigureContext) -> HeatmapPanel {
        let scale: ColorScale
        switch request.options["log"] {
        case .boolean(true)?: scale = .logarithmic
        case .boolean(false)?: scale = .linear
        default: scale = .automatic
        }
        return HeatmapPanel(
            title: context.text(request.title), field: ContourPanelBuilder.field(request, context: context), scale: scale,
            colormap: request.colormap, markedPoints: CriticalPointMarks.points(context.surface, in: context.domain, words: context.words),
            colorbarLabel: "f(x, y)", logColorbarLabel: "f(x, y) − \(context.words.minimum)"
        )
    }
}
