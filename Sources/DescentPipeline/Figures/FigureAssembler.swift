import DescentLesson
import DescentPlot
import DescentScene

/// Turns a lesson's figure requests into figure specs.
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
        let layout: PanelLayout
        let runs: [RunResult]
        if request.kind == .layout, let arrangement = request.panels {
            layout = panelLayout(arrangement)
            let names = Set(arrangement.figureNames)
            let ids = Set(lesson.figures.filter { names.contains($0.name) }.flatMap { context.runs(for: $0).map(\.id) })
            runs = context.runs.filter { ids.contains($0.id) }
        } else {
            layout = .panel(panel(request))
            runs = context.runs(for: request)
        }
        let title = request.kind == .layout
            ? context.text(request.title) ?? context.text(lesson.title)
            : context.text(lesson.title)
        return Figure(
            title: title, subtitle: context.text(request.caption), size: size, theme: context.theme,
            layout: layout, legend: context.legend(for: runs)
        )
    }

    /// The panel of a single (non-layout) figure request.
    func panel(_ request: FigureRequest) -> Panel {
        switch request.kind {
        case .lr: return .lines(LinePanelBuilder.learningRate(request, context: context))
        case .loss: return .lines(LinePanelBuilder.loss(request, context: context))
        default: return .contour(ContourPanelBuilder.panel(request, context: context))
        }
    }

    private func panelLayout(_ arrangement: PanelArrangement) -> PanelLayout {
        switch arrangement {
        case .figure(let name):
            guard let request = context.lesson.figure(named: name) else { return .row([], weights: []) }
            if request.kind == .layout, let inner = request.panels { return panelLayout(inner) }
            return .panel(panel(request))
        case .row(let items):
            return .row(items.map(panelLayout), weights: items.map { weight($0, horizontal: true) })
        case .column(let items):
            return .column(items.map(panelLayout), weights: items.map { weight($0, horizontal: false) })
        }
    }

    /// Contour maps get more room than line panels beside them.
    private func weight(_ item: PanelArrangement, horizontal: Bool) -> Double {
        guard horizontal, case .figure(let name) = item, let request = context.lesson.figure(named: name) else { return 1 }
        return request.kind == .contour ? 1.25 : 1
    }
}
