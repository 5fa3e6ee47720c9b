import DescentNumerics

/// Facts about a lesson that only its numbers show, found before anything runs and located at
/// their cause:
///
/// - a schedule whose rate turns negative or non-finite at some epoch (an error: the optimizer
///   would climb, or every later step would be NaN);
/// - a surface that is not finite at some of the points of a 33 × 33 grid over the domain (fewer
///   for a data surface with many samples) (a
///   warning; an error-free lesson may still mean it, as with `log` near 0), or at none of them.
///
/// Starts outside the domain are found while reading (`Lesson.warnings`).
public enum LessonFacts {
    /// Points per side of the grid the surface is sampled on.
    static let gridSide = 33
    /// The most per-sample evaluations spent on sampling a data surface: its grid shrinks (to
    /// 3 × 3 at least) so that a million samples cost no more than 40 samples do.
    static let maximumSampleEvaluations = 50_000
    /// The most schedule epochs evaluated for one lesson; beyond it the rest go unchecked here
    /// (the run itself still records a divergence).
    static let maximumEpochs = 1_000_000

    /// The problems found, sorted by position.
    public static func problems(_ lesson: Lesson, source: LessonSource, catalogs: LessonCatalogs = .standard) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let choice = lesson.surface.catalogChoice(domain: lesson.domain)
        if let surface = try? catalogs.surfaces.build(choice.name, choice.parameters) {
            let samples = Double(LessonBudget.dataSamples(lesson, catalogs: catalogs) ?? 1)
            let side = max(3, min(gridSide, Int((Double(maximumSampleEvaluations) / samples).squareRoot())))
            problems += surfaceProblems(surface, domain: lesson.domain ?? surface.defaultDomain, side: side, source: source)
            problems += dataFitProblems(lesson, surface: surface, source: source)
            problems += networkFigureProblems(lesson, surface: surface, source: source)
            problems += networkProblems(lesson, surface: surface, source: source, catalogs: catalogs)
        }
        problems += scheduleProblems(lesson, source: source, catalogs: catalogs)
        problems += outcomeProblems(lesson, source: source)
        return problems.sorted()
    }

    /// An error at each `data-fit` figure when the surface has no data to draw (not a
    /// `FittedModel`, such as `least_squares` or `logistic_regression`).
    static func dataFitProblems(_ lesson: Lesson, surface: any Surface, source: LessonSource) -> [Diagnostic] {
        guard !(surface is any FittedModel) else { return [] }
        return lesson.figures.indices.filter { lesson.figures[$0].kind == .dataFit }.map {
            source.diagnostic(["figures", .index($0), "kind"], severity: .error,
                              "a data-fit figure draws a model's data and fit, but surface '\(lesson.surface.catalogChoice(domain: lesson.domain).name)' has no data; use a data surface such as least_squares or logistic_regression")
        }
    }

    /// An error at each figure that draws a network's weights (`interpolation`, `path-loss`,
    /// `decision-boundary`) when the surface is not a `network`.
    static func networkFigureProblems(_ lesson: Lesson, surface: any Surface, source: LessonSource) -> [Diagnostic] {
        guard !(surface is NetworkSurface) else { return [] }
        let kinds: [FigureKind] = [.interpolation, .pathLoss, .decisionBoundary]
        return lesson.figures.indices.filter { kinds.contains(lesson.figures[$0].kind) }.map {
            source.diagnostic(["figures", .index($0), "kind"], severity: .error,
                              "a \(lesson.figures[$0].kind.name) figure draws a network's weights, but surface '\(lesson.surface.catalogChoice(domain: lesson.domain).name)' is not a network; use surface: {name: network, ...}")
        }
    }

    /// An error at each `outcome` figure whose runs are all single runs: the bars count where a
    /// seed ensemble's members end, and one member would draw a single bar at 100 %.
    static func outcomeProblems(_ lesson: Lesson, source: LessonSource) -> [Diagnostic] {
        lesson.figures.indices.filter { index in
            let figure = lesson.figures[index]
            guard figure.kind == .outcome else { return false }
            let shown = figure.runs.map { ids in lesson.runs.filter { ids.contains($0.id) } } ?? lesson.runs
            return !shown.isEmpty && shown.allSatisfy { $0.seeds == 1 }
        }.map {
            source.diagnostic(["figures", .index($0), "kind"], severity: .error,
                              "an outcome figure counts where the members of a seed ensemble end, but its runs are single runs; give the lesson or a run `seeds:` (2 or more) and some noise")
        }
    }

    /// An error at each run's optimizer that a network cannot train with: a rule that is not
    /// element-wise (Newton's Hessian and L-BFGS's line search act on all parameters at once).
    static func networkProblems(_ lesson: Lesson, surface: any Surface, source: LessonSource, catalogs: LessonCatalogs) -> [Diagnostic] {
        guard surface is NetworkSurface else { return [] }
        var problems: [Diagnostic] = [], seen = Set<Int>()
        for (plan, entry) in zip(lesson.runs, yamlIndices(lesson.runs)) where seen.insert(entry).inserted {
            guard let optimizer = try? catalogs.optimizers.build(plan.optimizer.name, plan.optimizer.parameters), !optimizer.isElementWise else { continue }
            let path: [LessonSource.Step] = ["runs", .index(entry), "optimizer"]
            problems.append(source.diagnostic(source.contains(path) ? path : ["runs", .index(entry)], severity: .error,
                "optimizer '\(plan.optimizer.name)' is not element-wise (it needs a Hessian or a line search over all parameters), so it cannot train a network; use sgd, momentum, adam or another first-order rule"))
        }
        return problems
    }

    /// A warning when the surface is NaN or infinite at some grid points of the domain.
    static func surfaceProblems(_ surface: any Surface, domain: Domain, side n: Int, source: LessonSource) -> [Diagnostic] {
        var bad = 0
        var example: Vec2?
        for row in 0..<n {
            for column in 0..<n {
                let p = Vec2(
                    domain.x.lowerBound + domain.width * Double(column) / Double(n - 1),
                    domain.y.lowerBound + domain.height * Double(row) / Double(n - 1))
                if !surface.value(at: p).isFinite {
                    bad += 1
                    if example == nil { example = p }
                }
            }
        }
        guard let example else { return [] }
        let at = "x \(domain.x.lowerBound.formatted17)...\(domain.x.upperBound.formatted17), y \(domain.y.lowerBound.formatted17)...\(domain.y.upperBound.formatted17)"
        let message = bad == n * n
            ? "the surface is not finite anywhere on the domain (\(at)); nothing can be drawn or run"
            : "the surface is not finite at \(bad) of \(n * n) grid points of the domain, first at (\(example.x.formatted17), \(example.y.formatted17)); runs that reach them diverge"
        return [source.diagnostic(["surface"], severity: .warning, message)]
    }

    /// An error for each run whose schedule gives a negative or non-finite rate, at the run's
    /// `schedule` (or the lesson's).
    static func scheduleProblems(_ lesson: Lesson, source: LessonSource, catalogs: LessonCatalogs) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var seen = Set<String>()
        var budget = maximumEpochs
        for (plan, entry) in zip(lesson.runs, yamlIndices(lesson.runs)) {
            let rates: [Double]
            switch plan.learningRate {
            case .fixed(let rate): rates = [rate]
            case .auto(let search): rates = [search.min, search.max]
            }
            for rate in rates {
                let epochs = max(1, (plan.steps + plan.stepsPerEpoch - 1) / plan.stepsPerEpoch)
                let key = "\(plan.schedule) \(rate) \(epochs) \(plan.steps) \(plan.stepsPerEpoch)"
                guard seen.insert(key).inserted, budget >= epochs else { continue }
                budget -= epochs
                guard var schedule = try? catalogs.schedules.build(plan.schedule.name, plan.schedule.parameters, context: plan.buildContext(learningRate: rate)) else { continue }
                var value = schedule.start(baseLearningRate: rate)
                for epoch in 0..<epochs {
                    if epoch > 0 { value = schedule.advance(loss: 1) }
                    let lr = value.learningRate
                    guard lr.isFinite, lr >= 0 else {
                        let path: [LessonSource.Step] = source.contains(["runs", .index(entry), "schedule"]) ? ["runs", .index(entry), "schedule"]
                            : (source.contains(["schedule"]) ? ["schedule"] : ["runs", .index(entry)])
                        let what = lr.isFinite ? "negative" : "not finite"
                        problems.append(source.diagnostic(path,
                            "the schedule '\(plan.schedule.name)' gives run '\(plan.id)' a learning rate of \(lr.formatted17) at epoch \(epoch) (\(what)); a rate must be a finite number ≥ 0"))
                        break
                    }
                }
            }
        }
        return problems
    }

    /// For each plan, the index of the `runs:` entry it came from: a sweep's plans come from one
    /// entry, in order, and every other plan from its own.
    static func yamlIndices(_ runs: [RunPlan]) -> [Int] {
        var index = -1
        return runs.map { plan in
            if (plan.sweep?.index ?? 0) == 0 { index += 1 }
            return index
        }
    }
}
