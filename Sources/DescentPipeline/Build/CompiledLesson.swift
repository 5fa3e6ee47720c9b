import DescentLesson
import DescentNumerics
import DescentPlot
import DescentScene

/// Everything computed from a lesson, free of language and theme: its surface, its runs and the
/// basin maps its figures show. A build computes it once per lesson; the figure files, the
/// handouts (in every language) and the gallery are all assembled from it, never recompiled.
public struct CompiledLesson: Sendable {
    /// The validated lesson.
    public var lesson: Lesson
    /// The lesson's surface, built once.
    public var surface: any Surface
    /// The region the maps show.
    public var domain: Domain
    /// The finished runs, in lesson order.
    public var runs: [RunResult]
    /// The basins of attraction the lesson's basins figures show.
    public var basins: BasinMaps
    /// The runs its `compare` figures show on other surfaces.
    public var comparisons = SurfaceComparisons()
    /// The surface sampled for its maps, filled as figures are first assembled; a live server
    /// passes one cache to every compile of the same surface and domain.
    public let fields: FieldCache

    /// Creates a compiled lesson.
    public init(lesson: Lesson, surface: any Surface, domain: Domain, runs: [RunResult], basins: BasinMaps = BasinMaps(), fields: FieldCache = FieldCache()) {
        self.fields = fields
        self.lesson = lesson
        self.surface = surface
        self.domain = domain
        self.runs = runs
        self.basins = basins
    }

    /// Runs and computes `lesson`: its surface, every run, and every basin map; its maps sample
    /// the surface into `fields`.
    public static func compile(_ lesson: Lesson, fields: FieldCache = FieldCache()) throws(ParameterError) -> CompiledLesson {
        let choice = lesson.surface.catalogChoice(domain: lesson.domain)
        let surface = try fixingNetworkPlane(Surfaces.catalog.build(choice.name, choice.parameters), lesson: lesson)
        let runner = LessonRunner(surface: surface)
        var runs: [RunResult] = []
        for plan in lesson.runs { runs.append(try runner.run(plan)) }
        let domain = lesson.domain ?? surface.defaultDomain
        let basins = try BasinMaps.compute(lesson: lesson, runner: runner, domain: domain, runs: runs)
        var compiled = CompiledLesson(lesson: lesson, surface: surface, domain: domain, runs: runs, basins: basins, fields: fields)
        compiled.comparisons = try SurfaceComparisons.compute(lesson: lesson)
        return compiled
    }

    /// A network surface with its plane centered on the lesson's reference run (its first run
    /// with a fixed rate), trained here once (the surface keeps it for that run), so that every
    /// run is drawn on that one plane; other surfaces as they are.
    static func fixingNetworkPlane(_ surface: any Surface, lesson: Lesson) throws(ParameterError) -> any Surface {
        guard let network = surface as? NetworkSurface else { return surface }
        for plan in lesson.runs {
            guard case .fixed(let rate) = plan.learningRate else { continue }
            let setup = try LessonRunner(surface: network).setup(plan, learningRate: rate).setup
            return network.fixingPlane(referenceRun: setup)
        }
        return network
    }

    /// Outcomes worth reporting, in `language`: the runs that diverged.
    public func notes(language: String) -> [String] {
        runs.compactMap { run in
            run.trajectory.divergence.map { "\(run.label(in: language)) diverged at step \($0.step) (\($0.reason.rawValue))" }
        }
    }

    /// Every figure of the lesson, its text in `language` and drawn in `theme` (the lesson's own
    /// when nil), at the lesson's page size; only the figure called `only` when given (a live
    /// server renders one figure per request).
    public func assembled(language: String, theme: OutputSettings.ThemeName? = nil, only: String? = nil) -> AssembledLesson {
        let theme = ThemeChoice.theme(theme ?? lesson.output.theme)
        let context = FigureContext(
            lesson: lesson, surface: surface, domain: domain, runs: runs, basins: basins, fields: fields,
            styles: RunStyles(plans: lesson.runs, theme: theme), theme: theme, language: language,
            comparisons: comparisons
        )
        let assembler = FigureAssembler(context: context)
        let size = lesson.output.size.points
        let figures = lesson.writtenFigures.filter { only == nil || $0.name == only }.map { ($0, assembler.figure($0, size: Size(width: size.width, height: size.height))) }
        return AssembledLesson(compiled: self, language: language, figures: figures)
    }
}

/// A compiled lesson's figure specs in one language and theme, ready to lay out and render.
public struct AssembledLesson: Sendable {
    /// What the figures were assembled from.
    public var compiled: CompiledLesson
    /// The language of the figures' text.
    public var language: String
    /// Each figure request with its figure spec, in lesson order.
    public var figures: [(request: FigureRequest, figure: Figure)]

    /// The validated lesson.
    public var lesson: Lesson { compiled.lesson }
    /// The finished runs, in lesson order.
    public var runs: [RunResult] { compiled.runs }
}
