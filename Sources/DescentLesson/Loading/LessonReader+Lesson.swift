import DescentNumerics
import Yams

extension LessonReader {
    /// Reads a whole lesson, or returns nil when an error was found (see `diagnostics`).
    mutating func lesson(_ root: Node?, name: String) -> Lesson? {
        guard let root else {
            error("the lesson is empty; it needs at least 'title', 'surface' and 'runs'", line: 1, column: 1)
            return nil
        }
        guard let entries = entries(root, "a lesson") else { return nil }
        rejectUnknownKeys(entries, allowed: LessonFields.names(LessonFields.lesson), in: "a lesson")
        let byKey = Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        for key in ["title", "surface", "runs"] where byKey[key] == nil {
            error("a lesson needs '\(key)'", at: root)
        }

        let title = byKey["title"].flatMap { text($0, "title") }
        let goal = byKey["goal"].flatMap { text($0, "goal") }
        let surface = byKey["surface"].flatMap { self.surface($0) }
        let domain = byKey["domain"].flatMap { self.domain($0) }

        var defaults = RunSettings(
            starts: [surface?.surface.defaultStart ?? .zero],
            schedule: LocatedChoice(choice: CatalogChoice(name: catalogs.defaultSchedule), nameNode: root, valueNodes: [:])
        )
        defaults.noise = surface?.noise ?? 0
        for key in RunSettings.lessonKeys {
            if let node = byKey[key] { _ = apply(key, node, to: &defaults) }
        }
        let pending = byKey["runs"].map { runs($0, defaults: defaults) } ?? []
        for run in pending { validate(run) }
        let plans = pending.map(\.plan)

        if let surface {
            checkStarts(pending, domain: domain ?? surface.surface.defaultDomain)
        }
        let figures = byKey["figures"].map { self.figures($0, runs: plans) } ?? Self.defaultFigures
        let output = byKey["output"].map { self.output($0) } ?? OutputSettings()
        let export = byKey["export"].map { self.export($0) } ?? []
        let claims = byKey["claims"].map { self.claims($0, runs: plans) } ?? []
        let controls = byKey["controls"].map { node in
            self.controls(node, root: root, domain: domain ?? surface?.surface.defaultDomain ?? Domain(x: -1...1, y: -1...1))
        } ?? []

        guard !hasErrors, let title, let surface else { return nil }
        return Lesson(
            name: name, title: title, goal: goal, surface: surface.choice, domain: domain, runs: plans,
            figures: figures, output: output, export: export, claims: claims, controls: controls, warnings: uniqueDiagnostics.filter { $0.severity == .warning }
        )
    }

    /// Builds the run's optimizer and schedule through their catalogs, at every base rate the run
    /// may use (both ends of an `auto` search), so that their problems surface here.
    private mutating func validate(_ run: PendingRun) {
        let rates: [Double]
        switch run.plan.learningRate {
        case .fixed(let rate): rates = [rate]
        case .auto(let search): rates = [search.min, search.max]
        }
        for rate in rates {
            let context = run.plan.buildContext(learningRate: rate)
            _ = build(run.optimizer.choice, in: catalogs.optimizers, context: context, nameNode: run.optimizer.nameNode, valueNodes: run.optimizer.valueNodes)
            _ = build(run.schedule.choice, in: catalogs.schedules, context: context, nameNode: run.schedule.nameNode, valueNodes: run.schedule.valueNodes)
        }
    }

    /// Warns about start points outside the rectangle the figures show.
    private mutating func checkStarts(_ runs: [PendingRun], domain: Domain) {
        for run in runs {
            guard let node = run.startNode else { continue }
            for start in run.plan.starts where !domain.contains(start) {
                warning("start point (\(start.x.formatted17), \(start.y.formatted17)) lies outside the domain x \(domain.x.lowerBound.formatted17)...\(domain.x.upperBound.formatted17), y \(domain.y.lowerBound.formatted17)...\(domain.y.upperBound.formatted17)", at: node)
            }
        }
    }
}
