import DescentLesson
import DescentNumerics
import Foundation

/// The basins of attraction a lesson's `basins` figures show, computed once per lesson build:
/// one map per run and resolution, however many figures and layouts show it and in however many
/// languages.
///
/// A map is a `resolution x resolution` grid of start points over the domain (cell centers,
/// row by row from the bottom); each start runs the run's optimizer, rate, schedule and step
/// count to the end and is classified by the minimum it ends near (see `classify`). The
/// optimizer and schedule are built once per map, and each start keeps only its endpoint.
public struct BasinMaps: Sendable {
    /// Which map: a run and a grid resolution.
    public struct Key: Hashable, Sendable {
        /// The run's id.
        public var run: String
        /// Cells per side.
        public var resolution: Int
    }

    /// A run ends in a basin when its last point is within this fraction of the domain's diagonal
    /// of that basin's minimum.
    public static let tolerance = 0.02

    /// The basin index of every cell by map; nil where the run diverged or ended near no minimum.
    public private(set) var grids: [Key: [Int?]] = [:]

    /// No maps.
    public init() {}

    /// The map of `run` at `resolution`, if the lesson asked for it.
    public func grid(run: String, resolution: Int) -> [Int?]? {
        grids[Key(run: run, resolution: resolution)]
    }

    /// Computes every map that `lesson`'s basins figures show.
    static func compute(
        lesson: Lesson, runner: LessonRunner, domain: Domain, runs: [RunResult]
    ) throws(ParameterError) -> BasinMaps {
        var maps = BasinMaps()
        let minima = runner.surface.minima.filter { domain.contains($0.point) }.map(\.point)
        for request in lesson.figures where request.kind == .basins {
            guard let resolution = BasinsResolution.of(request) else { continue }
            let shown = request.runs.map(Set.init)
            for run in runs where shown?.contains(run.id) ?? true {
                let key = Key(run: run.id, resolution: resolution)
                guard maps.grids[key] == nil, var plan = lesson.runs.first(where: { $0.id == run.id }) else { continue }
                plan.starts = [plan.starts.first ?? runner.surface.defaultStart]
                let planned = try runner.setup(plan, learningRate: run.learningRate)
                maps.grids[key] = grid(resolution, run: planned, domain: domain, minima: minima)
            }
        }
        return maps
    }

    /// The basin index of every cell, row by row from the bottom. Rows run concurrently; each
    /// writes only its own slot, so the result does not depend on scheduling.
    static func grid(_ n: Int, run: PlannedRun, domain: Domain, minima: [Vec2]) -> [Int?] {
        let diagonal = hypot(domain.x.upperBound - domain.x.lowerBound, domain.y.upperBound - domain.y.lowerBound)
        let rows = RowResults(count: n)
        DispatchQueue.concurrentPerform(iterations: n) { row in
            let y = domain.y.lowerBound + (domain.y.upperBound - domain.y.lowerBound) * (Double(row) + 0.5) / Double(n)
            let starts = (0..<n).map { column in
                Vec2(domain.x.lowerBound + (domain.x.upperBound - domain.x.lowerBound) * (Double(column) + 0.5) / Double(n), y)
            }
            rows.set(row, run.endpoints(from: starts).map { classify($0, minima: minima, radius: tolerance * diagonal) })
        }
        return rows.joined()
    }

    /// The index of the minimum within `radius` of the run's last point, or nil when it diverged
    /// or ended near none.
    static func classify(_ end: RunEndpoint, minima: [Vec2], radius: Double) -> Int? {
        guard end.divergence == nil else { return nil }
        let p = end.point
        let nearest = minima.indices.min { hypot(minima[$0].x - p.x, minima[$0].y - p.y) < hypot(minima[$1].x - p.x, minima[$1].y - p.y) }
        guard let nearest, hypot(minima[nearest].x - p.x, minima[nearest].y - p.y) <= radius else { return nil }
        return nearest
    }
}

/// The grid resolution a basins figure asks for.
enum BasinsResolution {
    /// `resolution` (the loader fills in its spec's default).
    static func of(_ request: FigureRequest) -> Int? { request.integer("resolution") }
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
