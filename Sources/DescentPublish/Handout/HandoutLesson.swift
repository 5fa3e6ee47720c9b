import DescentPipeline
import DescentPlot
import DescentScene

/// A lesson as the handout shows it: texts already in the handout's language (Pango markup), and
/// its figures.
public struct HandoutLesson: Sendable {
    /// The lesson's file name (without `.yaml`), which gives its number (``LessonNumber``).
    public var name: String
    /// The title.
    public var title: String
    /// What the student should see, or nil.
    public var goal: String?
    /// The loss surface and each run's settings.
    public var settings: LessonSettings
    /// The figures, in the order they are numbered.
    public var figures: [HandoutFigure]

    /// Creates a handout lesson.
    public init(name: String, title: String, goal: String? = nil, settings: LessonSettings, figures: [HandoutFigure]) {
        self.name = name
        self.title = title
        self.goal = goal
        self.settings = settings
        self.figures = figures
    }
}

/// One figure of a handout lesson: what it draws and its caption.
public struct HandoutFigure: Sendable {
    /// What a figure draws.
    public enum Content: Sendable {
        /// A scene laid out already; the handout scales it to the text width (or less, to keep
        /// its height within ``HandoutStyle/maximumFigureHeight``).
        case scene(Scene)
        /// A plot, laid out by the handout at the text width and the height the page leaves it
        /// (see ``HandoutStyle/figureHeight(_:)``), so it always spans the text width.
        case plot(Figure)
        /// An animation, printed as a strip of its key-step frames (``Storyboard``), laid out by
        /// the handout and scaled like a scene.
        case storyboard(AnimationJob)
    }

    /// The figure's name in the lesson (`paths`, `overview`).
    public var name: String
    /// What it draws.
    public var content: Content
    /// What to look at (Pango markup), or nil.
    public var caption: String?

    /// A figure of a laid-out scene.
    public init(name: String, scene: Scene, caption: String? = nil) {
        self.init(name: name, content: .scene(scene), caption: caption)
    }

    /// Creates a handout figure.
    public init(name: String, content: Content, caption: String? = nil) {
        self.name = name
        self.content = content
        self.caption = caption
    }

    /// False for a plot of line panels only; a scene counts as drawing maps.
    public var drawsMaps: Bool {
        guard case .plot(let figure) = content else { return true }
        func maps(_ layout: PanelLayout) -> Bool {
            switch layout {
            case .panel(.lines): false
            case .panel: true
            case .row(let items, _), .column(let items, _): items.contains(where: maps)
            }
        }
        return maps(figure.layout)
    }

    /// How much less tall than its height it may be printed to fill the rest of a page, as a share
    /// of that height: a plot is laid out again at the height it gets
    /// (``HandoutStyle/minimumFigureShrink``); a storyboard is scaled down whole, and its frames,
    /// two across the text width, may lose little before a map is too small to read
    /// (``HandoutStyle/minimumStoryboardShrink``); a fixed scene keeps its size.
    public func minimumShrink(_ style: HandoutStyle) -> Double {
        switch content {
        case .plot: style.minimumFigureShrink
        case .storyboard: style.minimumStoryboardShrink
        case .scene: 1
        }
    }

    /// Its own size, whose aspect ratio the handout starts from.
    public var size: Size {
        switch content {
        case .scene(let scene): scene.size
        case .plot(let figure): figure.size
        case .storyboard(let animation): Storyboard.size(animation)
        }
    }
}

/// A lesson's settings as text: the surface, and one row per run.
public struct LessonSettings: Sendable, Hashable {
    /// The loss surface, e.g. `ravine (condition = 20)`, as Pango markup.
    public var surface: String
    /// One row per run (or per sweep), cells in the order of ``PublishStrings/columns``, as Pango
    /// markup.
    public var rows: [[String]]

    /// Creates settings.
    public init(surface: String, rows: [[String]]) {
        self.surface = surface
        self.rows = rows
    }
}
