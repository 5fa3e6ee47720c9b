import DescentLesson
import DescentNumerics
import DescentPlot

/// What every figure of one lesson is assembled from: the lesson, its surface, its runs and
/// the style each run keeps across all figures.
public struct FigureContext: Sendable {
    /// The validated lesson.
    public var lesson: Lesson
    /// The lesson's surface.
    public var surface: any Surface
    /// The region shown.
    public var domain: Domain
    /// The finished runs, in lesson order.
    public var runs: [RunResult]
    /// The basin maps computed for the lesson's basins figures.
    public var basins: BasinMaps
    /// The runs of the lesson's `compare` figures on other surfaces.
    public var comparisons: SurfaceComparisons
    /// The surface sampled for maps, shared by every figure of the lesson.
    public var fields: FieldCache
    /// One style per run id.
    public var styles: RunStyles
    /// The theme.
    public var theme: Theme
    /// The language of all text.
    public var language: String

    /// Creates a figure context.
    public init(
        lesson: Lesson, surface: any Surface, domain: Domain, runs: [RunResult], basins: BasinMaps = BasinMaps(),
        fields: FieldCache = FieldCache(), styles: RunStyles, theme: Theme, language: String,
        comparisons: SurfaceComparisons = SurfaceComparisons()
    ) {
        self.comparisons = comparisons
        self.fields = fields
        self.lesson = lesson
        self.surface = surface
        self.domain = domain
        self.runs = runs
        self.basins = basins
        self.styles = styles
        self.theme = theme
        self.language = language
    }

    /// The runs a figure shows (all of them unless it names some).
    public func runs(for request: FigureRequest) -> [RunResult] {
        guard let ids = request.runs else { return runs }
        return runs.filter { ids.contains($0.id) }
    }

    /// Legend entries for `runs`.
    public func legend(for runs: [RunResult]) -> [LegendEntry] {
        runs.map { LegendEntry(id: $0.id, label: label($0), style: styles[$0.id]) }
    }

    /// A run's legend label in the figure's language.
    public func label(_ run: RunResult) -> String {
        run.label(in: language)
    }

    /// The words Descent writes on figures, in the figure's language.
    public var words: FigureWords { FigureWords.forLanguage(language) }

    /// A text of the lesson in the figure's language.
    public func text(_ text: LocalizedText?) -> String? {
        text.map { $0.resolved(language: language) }
    }
}
