import DescentLesson
import DescentNumerics
import DescentPlot
import Foundation

/// Builds basins of attraction: for each run, a `resolution x resolution` grid of start points
/// over the domain (cell centers), each run to the end with the run's optimizer, rate, schedule
/// and step count, and classified by the minimum it ends near (see `classify`).
///
/// This is the one figure that runs optimizers itself: `resolution^2` runs per panel (3600 at
/// the default 60, each `steps` long), so it takes tens of milliseconds per panel in release
/// builds rather than the few milliseconds of the other kinds. Rows run concurrently; each row
/// writes only its own cells, so the result does not depend on scheduling.
enum BasinsPanelBuilder {
    /// The builder of `basins` figures.
    static let figureBuilder = FigureBuilder(FigureKind.basins.name) { request, context in
        let maps = panels(request, context: context).map { PanelLayout.panel(.basins($0)) }
        return FigureContent(layout: maps.count == 1 ? maps[0] : .row(maps, weights: maps.map { _ in 1 }), legend: [])
    }

    /// A run ends in a basin when its last point is within this fraction of the domain's diagonal
    /// of that basin's minimum.
    static let tolerance = 0.02

    static func panels(_ request: FigureRequest, context: FigureContext) -> [BasinsPanel] {
        guard let n = request.integer("resolution") else { return [] }
        let domain = context.domain
        let minima = context.surface.minima.filter { domain.contains($0.point) }
        let marks = minima.map { MarkedPoint(x: $0.point.x, y: $0.point.y, kind: .minimum) }
        let runner = LessonRunner(surface: context.surface, language: context.language)
        var panels: [BasinsPanel] = []
        for run in context.runs(for: request) {
            guard var plan = context.lesson.runs.first(where: { $0.id == run.id }) else { continue }
            plan.starts = [plan.starts.first ?? context.surface.defaultStart]
            let basins = grid(n, plan: plan, rate: run.learningRate, runner: runner, domain: domain, minima: minima.map(\.point))
            panels.append(BasinsPanel(
                title: run.label, x: domain.x, y: domain.y, columns: n, rows: n, basins: basins, minima: marks
            ))
        }
        return panels
    }

    /// The basin index of every cell, row by row from the bottom.
    static func grid(
        _ n: Int, plan: RunPlan, rate: Double, runner: LessonRunner, domain: Domain, minima: [Vec2]
    ) -> [Int?] {
        let diagonal = hypot(domain.x.upperBound - domain.x.lowerBound, domain.y.upperBound - domain.y.lowerBound)
        let rows = RowResults(count: n)
        DispatchQueue.concurrentPerform(iterations: n) { row in
            let y = domain.y.lowerBound + (domain.y.upperBound - domain.y.lowerBound) * (Double(row) + 0.5) / Double(n)
            var cells: [Int?] = []
            cells.reserveCapacity(n)
            for column in 0..<n {
                let x = domain.x.lowerBound + (domain.x.upperBound - domain.x.lowerBound) * (Double(column) + 0.5) / Double(n)
                // The plan already ran once for the figure's own run, so building its optimizer
                // again cannot fail; if it did, the cell would show as reaching no minimum.
                let trajectory = try? runner.trajectory(plan, learningRate: rate, start: Vec2(x, y))
                cells.append(trajectory.flatMap { classify($0, minima: minima, radius: tolerance * diagonal) })
            }
            rows.set(row, cells)
        }
        return rows.joined()
    }

    /// The index of the minimum within `radius` of the trajectory's last point, or nil when it
    /// diverged or ended near none.
    static func classify(_ trajectory: Trajectory, minima: [Vec2], radius: Double) -> Int? {
        guard trajectory.divergence == nil, let end = trajectory.finalPoint else { return nil }
        let nearest = minima.indices.min { hypot(minima[$0].x - end.x, minima[$0].y - end.y) < hypot(minima[$1].x - end.x, minima[$1].y - end.y) }
        guard let nearest, hypot(minima[nearest].x - end.x, minima[nearest].y - end.y) <= radius else { return nil }
        return nearest
    }
}

/// Per-row results written from concurrent workers, each to its own slot.
private final class RowResults: @unchecked Sendable {
    private var rows: [[Int?]]
    private let lock = NSLock()

    init(count: Int) { rows = Array(repeating: [], count: count) }

    func set(_ row: Int, _ cells: [Int?]) {
        lock.lock()
        rows[row] = cells
        lock.unlock()
    }

    func joined() -> [Int?] { rows.flatMap { $0 } }
}
