import DescentLesson
import DescentPlot
import DescentScene

/// Turns a lesson's figure requests into figure specs: each request is built by the builder its
/// kind names (`FigureBuilders`), with one legend for the whole figure; a layout arranges the
/// contents of the figures it shows.
public struct FigureAssembler: Sendable {
    /// Everything the figures are built from.
    public let context: FigureContext

    /// Creates an assembler.
    public init(context: FigureContext) {
        self.context = context
    }

    /// The builder of `layout`: the figures of `panels`, arranged, with their step axes aligned.
    static let layoutBuilder = FigureBuilder(FigureKind.layout.name) { request, context in
        guard let arrangement = request.panels else { return FigureContent(layout: .row([], weights: []), legend: []) }
        let composed = FigureAssembler(context: context).compose(arrangement)
        return FigureContent(layout: StepAxisAligner.aligned(composed.layout), legend: composed.legend)
    }

    /// The builder of `animation`: the content of the figure it sets in motion (`of`).
    static let animationBuilder = FigureBuilder(FigureKind.animation.name) { request, context in
        guard case .text(let name)? = request.options["of"], let target = context.lesson.figure(named: name) else {
            return FigureContent(layout: .row([], weights: []), legend: [])
        }
        return FigureAssembler(context: context).content(target)
    }

    /// The figure for `request`, sized `size` (points).
    public func figure(_ request: FigureRequest, size: Size) -> Figure {
        let lesson = context.lesson
        let built = content(request)
        let title = request.kind.arrangesFigures || request.kind.animatesFigure
            ? context.text(request.title) ?? context.text(lesson.title)
            : context.text(lesson.title)
        return Figure(
            title: title, subtitle: context.text(request.caption), size: size, theme: context.theme,
            layout: built.layout, legend: built.legend
        )
    }

    /// The panels and legend of a request, with its annotations (a layout's panels keep their own).
    func content(_ request: FigureRequest) -> FigureContent {
        guard let builder = FigureBuilders.builder(named: request.kind.builder) else {
            // Only a kind added to the lesson catalog without a builder gets here; it draws nothing.
            return FigureContent(layout: .row([], weights: []), legend: [])
        }
        var built = builder.build(request, context)
        guard !request.kind.arrangesFigures, !request.kind.animatesFigure else { return built }
        built.layout = FigureAnnotations.applied(request.annotations.map { note in
            Annotation(context.text(note.text) ?? "", x: note.at.x, y: note.at.y, textX: note.textAt?.x, textY: note.textAt?.y)
        }, to: built.layout)
        return built
    }

    private func compose(_ arrangement: PanelArrangement) -> FigureContent {
        switch arrangement {
        case .figure(let name):
            guard let request = context.lesson.figure(named: name) else { return FigureContent(layout: .row([], weights: []), legend: []) }
            return content(request)
        case .row(let items):
            let parts = items.map(compose)
            let weights = zip(items, parts).map { item, part in weight(item, horizontal: true) * Double(Self.columns(part.layout)) }
            return FigureContent(layout: .row(parts.map(\.layout), weights: weights), legend: FigureContent.mergedLegend(parts.map(\.legend)))
        case .column(let items):
            let parts = items.map(compose)
            return FigureContent(layout: .column(parts.map(\.layout), weights: items.map { weight($0, horizontal: false) }), legend: FigureContent.mergedLegend(parts.map(\.legend)))
        }
    }

    /// The panels side by side across `layout`: a row's sum, a column's widest, one for a panel.
    /// A figure that lays out two maps in a row (a basins pair) takes two shares of a row's width,
    /// so its maps are as large as a single map beside it.
    static func columns(_ layout: PanelLayout) -> Int {
        switch layout {
        case .panel: 1
        case .row(let items, _): max(1, items.map(columns).reduce(0, +))
        case .column(let items, _): items.map(columns).max() ?? 1
        }
    }

    /// A figure's share of a row's width is its kind's `layoutWeight` (times its own columns, see
    /// `columns(_:)`); columns share heights equally.
    private func weight(_ item: PanelArrangement, horizontal: Bool) -> Double {
        guard horizontal, case .figure(let name) = item, let request = context.lesson.figure(named: name) else { return 1 }
        return request.kind.layoutWeight
    }
}
