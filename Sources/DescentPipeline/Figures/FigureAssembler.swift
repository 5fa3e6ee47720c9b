import DescentLesson
import DescentPlot
import DescentScene

/// Turns a lesson's figure requests into figure specs: a switch over the kinds, each built by its
/// own builder, with one legend for the whole figure.
public struct FigureAssembler: Sendable {
    /// Everything the figures are built from.
    public let context: FigureContext

    /// Creates an assembler.
    public init(context: FigureContext) {
        self.context = context
    }

    /// The figure for `request`, sized `size` (points).
    public func figure(_ request: FigureRequest, size: Size) -> Figure {
        let lesson = context.lesson
        let built: FigureContent
        if request.kind == .layout, let arrangement = request.panels {
            let composed = compose(arrangement)
            built = FigureContent(layout: StepAxisAligner.aligned(composed.layout), legend: composed.legend)
        } else {
            built = content(request)
        }
        let title = request.kind == .layout
            ? context.text(request.title) ?? context.text(lesson.title)
            : context.text(lesson.title)
        return Figure(
            title: title, subtitle: context.text(request.caption), size: size, theme: context.theme,
            layout: built.layout, legend: built.legend
        )
    }

    /// The panels and legend of a single (non-layout) request, with its annotations.
    func content(_ request: FigureRequest) -> FigureContent {
        var built = panels(request)
        built.layout = FigureAnnotations.applied(request.annotations.map { note in
            Annotation(context.text(note.text) ?? "", x: note.at.x, y: note.at.y, textX: note.textAt?.x, textY: note.textAt?.y)
        }, to: built.layout)
        return built
    }

    /// The panels and legend of a single (non-layout) request.
    private func panels(_ request: FigureRequest) -> FigureContent {
        let runsLegend = context.legend(for: context.runs(for: request))
        switch request.kind {
        case .contour:
            return FigureContent(layout: .panel(.contour(ContourPanelBuilder.panel(request, context: context))), legend: runsLegend)
        case .heatmap:
            return FigureContent(layout: .panel(.heatmap(HeatmapPanelBuilder.panel(request, context: context))), legend: [])
        case .surface3d:
            return FigureContent(layout: .panel(.surface3d(Surface3DPanelBuilder.panel(request, context: context))), legend: runsLegend)
        case .lr:
            return FigureContent(layout: .panel(.lines(LearningRatePanelBuilder.panel(request, context: context))), legend: runsLegend)
        case .loss:
            let built = LossPanelBuilder.panel(request, context: context)
            return FigureContent(layout: .panel(.lines(built.panel)), legend: runsLegend + built.legend)
        case .distance:
            return FigureContent(layout: .panel(.lines(DistancePanelBuilder.panel(request, context: context))), legend: runsLegend)
        case .effectiveLR:
            let built = EffectiveRatePanelBuilder.panel(request, context: context)
            return FigureContent(layout: .panel(.lines(built.panel)), legend: runsLegend + built.legend)
        case .basins:
            let panels = BasinsPanelBuilder.panels(request, context: context).map { PanelLayout.panel(.basins($0)) }
            let layout = panels.count == 1 ? panels[0] : .row(panels, weights: panels.map { _ in 1 })
            return FigureContent(layout: layout, legend: [])
        case .lrSweep:
            let built = LRSweepPanelBuilder.panel(request, context: context)
            return FigureContent(layout: .panel(.lines(built.panel)), legend: built.legend)
        case .grid:
            return FigureContent(layout: GridLayoutBuilder.layout(request, context: context), legend: runsLegend)
        case .layout:
            guard let arrangement = request.panels else { return FigureContent(layout: .row([], weights: []), legend: []) }
            return compose(arrangement)
        }
    }

    private func compose(_ arrangement: PanelArrangement) -> FigureContent {
        switch arrangement {
        case .figure(let name):
            guard let request = context.lesson.figure(named: name) else { return FigureContent(layout: .row([], weights: []), legend: []) }
            return content(request)
        case .row(let items):
            let parts = items.map(compose)
            return FigureContent(layout: .row(parts.map(\.layout), weights: items.map { weight($0, horizontal: true) }), legend: FigureContent.mergedLegend(parts.map(\.legend)))
        case .column(let items):
            let parts = items.map(compose)
            return FigureContent(layout: .column(parts.map(\.layout), weights: items.map { weight($0, horizontal: false) }), legend: FigureContent.mergedLegend(parts.map(\.legend)))
        }
    }

    /// Maps get more room than line panels beside them.
    private func weight(_ item: PanelArrangement, horizontal: Bool) -> Double {
        guard horizontal, case .figure(let name) = item, let request = context.lesson.figure(named: name) else { return 1 }
        switch request.kind {
        case .contour, .heatmap, .surface3d, .basins: return 1.25
        case .grid, .layout: return 1.5
        case .lr, .loss, .distance, .effectiveLR, .lrSweep: return 1
        }
    }
}
