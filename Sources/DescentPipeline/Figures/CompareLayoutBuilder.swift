import DescentLesson
import DescentNumerics
import DescentPlot

/// Builds the comparison figure: one contour panel per surface of `surfaces`, titled with the
/// surface's name (`SurfaceTitles`), each with the runs on that surface (`SurfaceComparisons`),
/// in `rows` x `cols` cells (2 x 2 for four surfaces). Every run keeps its style, so an optimizer has one color in
/// all panels; each panel has its own domain and levels.
enum CompareLayoutBuilder {
    /// The builder of `compare` figures.
    static let figureBuilder = FigureBuilder(FigureKind.compare.name) { request, context in
        FigureContent(layout: layout(request, context: context), legend: legend(context.runs(for: request), context: context))
    }

    /// The runs' entries; a searched rate (`lr: auto`) differs from panel to panel, so the
    /// legend says so instead of giving the lesson surface's rate.
    static func legend(_ runs: [RunResult], context: FigureContext) -> [LegendEntry] {
        runs.map { run in
            let text = run.label.resolved(language: context.language)
            let label = run.learningRateWasSearched ? "\(text) (\(context.diagramWords.ratePerSurface))" : text
            return LegendEntry(id: run.id, label: label, style: context.styles[run.id])
        }
    }

    static func layout(_ request: FigureRequest, context: FigureContext) -> PanelLayout {
        let entries = SurfaceComparisons.surfaceNames(request).compactMap { context.comparisons.entry($0) }
        let shape = GridLayoutBuilder.shape(count: entries.count, rows: request.integer("rows"), columns: request.integer("cols"))
        let shown = Set(context.runs(for: request).map(\.id))
        var rows: [PanelLayout] = []
        for r in 0..<shape.rows {
            let cells = (0..<shape.columns).compactMap { c -> PanelLayout? in
                let i = r * shape.columns + c
                guard i < entries.count else { return nil }
                let entry = entries[i]
                var local = context
                local.surface = entry.surface
                local.domain = entry.domain
                local.runs = entry.runs.filter { shown.contains($0.id) }
                local.fields = entry.fields
                return .panel(.contour(ContourPanelBuilder.panel(request, context: local, title: SurfaceTitles.title(entry.name, language: context.language))))
            }
            guard !cells.isEmpty else { continue }
            let padded = cells + Array(repeating: PanelLayout.row([], weights: []), count: shape.columns - cells.count)
            rows.append(.row(padded, weights: Array(repeating: 1, count: shape.columns)))
        }
        return .column(rows, weights: Array(repeating: 1, count: rows.count))
    }
}
