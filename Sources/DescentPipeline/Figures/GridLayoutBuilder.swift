import DescentLesson
import DescentPlot

/// Builds small multiples: one contour panel per run, titled with the run's label, in `rows` x
/// `cols` cells (chosen from the run count when absent). Every panel samples the same field over
/// the same domain with the same level request, so all share one color scale and one pair of axes.
enum GridLayoutBuilder {
    /// The builder of `grid` figures.
    static let figureBuilder = FigureBuilder(FigureKind.grid.name) { request, context in
        FigureContent(layout: layout(request, context: context), legend: context.legend(for: context.runs(for: request)))
    }

    static func layout(_ request: FigureRequest, context: FigureContext) -> PanelLayout {
        let runs = context.runs(for: request)
        let shape = self.shape(count: runs.count, rows: request.integer("rows"), columns: request.integer("cols"))
        let template = ContourPanelBuilder.panel(request, context: context, runs: [])
        var rows: [PanelLayout] = []
        for r in 0..<shape.rows {
            let cells = (0..<shape.columns).compactMap { c -> PanelLayout? in
                let i = r * shape.columns + c
                guard i < runs.count else { return nil }
                var panel = template
                panel.title = context.label(runs[i])
                panel.paths = ContourPanelBuilder.paths(request, context: context, runs: [runs[i]])
                return .panel(.contour(panel))
            }
            guard !cells.isEmpty else { continue }
            // A short last row keeps the cell width of the full rows.
            let padded = cells + Array(repeating: PanelLayout.row([], weights: []), count: shape.columns - cells.count)
            rows.append(.row(padded, weights: Array(repeating: 1, count: shape.columns)))
        }
        return .column(rows, weights: Array(repeating: 1, count: rows.count))
    }

    /// Rows and columns for `count` panels: as given, else one row for up to 3 panels (slides are
    /// wide) and `ceil(sqrt(n))` columns for more, with as many rows as needed.
    static func shape(count: Int, rows: Int?, columns: Int?) -> (rows: Int, columns: Int) {
        let n = max(1, count)
        switch (rows, columns) {
        case let (r?, c?): return (r, c)
        case let (r?, nil): return (r, (n + r - 1) / r)
        case let (nil, c?): return ((n + c - 1) / c, c)
        case (nil, nil):
            guard n > 3 else { return (1, n) }
            var c = 1
            while c * c < n { c += 1 }
            return ((n + c - 1) / c, c)
        }
    }
}
