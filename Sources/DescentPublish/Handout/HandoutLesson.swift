import DescentScene

/// A lesson as the handout shows it: texts already in the handout's language, figures already
/// laid out as scenes.
public struct HandoutLesson: Sendable {
    /// The lesson's file name (without `.yaml`).
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

/// One figure of a handout lesson: its laid-out scene and its caption.
public struct HandoutFigure: Sendable {
    /// The figure's name in the lesson (`paths`, `overview`).
    public var name: String
    /// The figure, laid out at its own size; the handout scales it to the text width.
    public var scene: Scene
    /// What to look at, or nil.
    public var caption: String?

    /// Creates a handout figure.
    public init(name: String, scene: Scene, caption: String? = nil) {
        self.name = name
        self.scene = scene
        self.caption = caption
    }
}

/// A lesson's settings as text: the surface, and one row per run.
public struct LessonSettings: Sendable, Hashable {
    /// The loss surface, e.g. `ravine (condition = 20)`.
    public var surface: String
    /// One row per run, cells in the order of ``PublishStrings/columns``.
    public var rows: [[String]]

    /// Creates settings.
    public init(surface: String, rows: [[String]]) {
        self.surface = surface
        self.rows = rows
    }
}
