import DescentNumerics

/// A validated lesson: what to run and which figures to draw.
///
/// Every value has been checked and every default filled in; every optimizer, schedule and
/// surface has been built once through its catalog, so building them again cannot fail for
/// reasons the lesson file controls. See `Lessons/README.md` for the file format.
public struct Lesson: Sendable, Hashable {
    /// The file's name without its extension; names the output folder.
    public var name: String
    /// The title.
    public var title: LocalizedText
    /// One or two sentences on what the student should see, or nil.
    public var goal: LocalizedText?
    /// The loss surface.
    public var surface: SurfaceChoice
    /// The rectangle figures show, or nil for the surface's own.
    public var domain: Domain?
    /// The runs, sweeps expanded, in file order.
    public var runs: [RunPlan]
    /// The figures, in file order.
    public var figures: [FigureRequest]
    /// How figures are written.
    public var output: OutputSettings
    /// Data files written beside the figures.
    public var export: [ExportFormat]
    /// What the lesson claims of its runs, which a check and a build evaluate, in file order.
    public var claims: [LessonClaim]
    /// The values a live page may change (`descent serve`), in file order.
    public var controls: [LessonControl]
    /// Problems that do not stop the lesson (such as a start point outside the domain).
    public var warnings: [Diagnostic]

    /// Creates a lesson.
    public init(
        name: String, title: LocalizedText, goal: LocalizedText? = nil, surface: SurfaceChoice, domain: Domain? = nil,
        runs: [RunPlan], figures: [FigureRequest], output: OutputSettings = OutputSettings(),
        export: [ExportFormat] = [], claims: [LessonClaim] = [], controls: [LessonControl] = [], warnings: [Diagnostic] = []
    ) {
        self.name = name
        self.title = title
        self.goal = goal
        self.surface = surface
        self.domain = domain
        self.runs = runs
        self.figures = figures
        self.output = output
        self.export = export
        self.claims = claims
        self.controls = controls
        self.warnings = warnings
    }

    /// The figures that write files of their own, in file order: all but those with `write: false`,
    /// which only layouts draw.
    public var writtenFigures: [FigureRequest] { figures.filter(\.writesFile) }

    /// The figure called `name`, if any.
    public func figure(named name: String) -> FigureRequest? { figures.first { $0.name == name } }

    /// The runs a figure shows, in lesson order.
    public func runs(for figure: FigureRequest) -> [RunPlan] {
        guard let ids = figure.runs else { return runs }
        return runs.filter { ids.contains($0.id) }
    }
}
