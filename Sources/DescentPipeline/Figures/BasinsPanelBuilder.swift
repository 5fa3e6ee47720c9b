import DescentLesson
import DescentNumerics
import DescentPlot

/// Builds basins-of-attraction panels, one per run, from the maps the lesson's compilation
/// computed (``BasinMaps``): every start point colored by the minimum its run reaches.
enum BasinsPanelBuilder {
    /// The builder of `basins` figures.
    static let figureBuilder = FigureBuilder(FigureKind.basins.name) { request, context in
        let maps = panels(request, context: context).map { PanelLayout.panel(.basins($0)) }
        return FigureContent(layout: maps.count == 1 ? maps[0] : .row(maps, weights: maps.map { _ in 1 }), legend: [])
    }

    static func panels(_ request: FigureRequest, context: FigureContext) -> [BasinsPanel] {
        guard let n = BasinsResolution.of(request) else { return [] }
        let domain = context.domain
        let aspect = request.text("aspect").flatMap(MapAspect.init(rawValue:)) ?? .automatic
        let marks = context.surface.minima.filter { domain.contains($0.point) }.map { MarkedPoint(x: $0.point.x, y: $0.point.y, kind: .minimum) }
        return context.runs(for: request).compactMap { run in
            guard let basins = context.basins.grid(run: run.id, resolution: n) else { return nil }
            return BasinsPanel(title: context.label(run), x: domain.x, y: domain.y, columns: n, rows: n, basins: basins, minima: marks, aspect: aspect)
        }
    }
}
