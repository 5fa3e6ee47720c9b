import DescentLesson
import DescentNumerics

/// The runs a lesson's `compare` figures show on other catalog surfaces, computed once per
/// lesson build with the other runs (never while a figure is drawn): for each surface named, the
/// surface with its defaults, its default domain, and every lesson run shown by such a figure,
/// started from the surface's default start.
public struct SurfaceComparisons: Sendable {
    /// One surface of a comparison.
    public struct Entry: Sendable {
        /// The catalog name.
        public var name: String
        /// The surface, built with its defaults.
        public var surface: any Surface
        /// Its default domain, the region its panel shows.
        public var domain: Domain
        /// The runs on it, in lesson order.
        public var runs: [RunResult]
        /// The surface sampled for its panel.
        public let fields = FieldCache()
    }

    /// The surfaces by catalog name.
    public private(set) var entries: [String: Entry] = [:]

    /// No comparisons.
    public init() {}

    /// The surface called `name`, if a figure of the lesson compares on it.
    public func entry(_ name: String) -> Entry? { entries[name] }

    /// Every surface the `compare` figures of `lesson` name, with the runs they show.
    static func compute(lesson: Lesson) throws(ParameterError) -> SurfaceComparisons {
        var comparisons = SurfaceComparisons()
        var shown: [String: Set<String>] = [:]
        for request in lesson.figures where request.kind == .compare {
            let ids = Set(lesson.runs(for: request).map(\.id))
            for name in surfaceNames(request) { shown[name, default: []].formUnion(ids) }
        }
        for (name, ids) in shown {
            let surface = try Surfaces.catalog.build(name)
            let runner = LessonRunner(surface: surface)
            var runs: [RunResult] = []
            for var plan in lesson.runs where ids.contains(plan.id) {
                plan.starts = [surface.defaultStart]
                runs.append(try runner.run(plan))
            }
            comparisons.entries[name] = Entry(name: name, surface: surface, domain: surface.defaultDomain, runs: runs)
        }
        return comparisons
    }

    /// The surface names of a `compare` request, in its order.
    static func surfaceNames(_ request: FigureRequest) -> [String] {
        switch request.option("surfaces") {
        case .text(let name)?: return [name]
        case .list(let items)?: return items.compactMap { if case .text(let name) = $0 { return name } else { return nil } }
        default: return []
        }
    }
}
