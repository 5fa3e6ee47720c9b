import DescentLesson

/// A lesson as the gallery shows it: texts in one language and its figures' image files.
public struct GalleryLesson: Sendable, Hashable {
    /// The lesson's file name; its figures live in the folder of that name and its section has
    /// that id.
    public var name: String
    /// The title.
    public var title: String
    /// What the student should see, or nil.
    public var goal: String?
    /// Every figure, in lesson order.
    public var figures: [GalleryFigure]
    /// The page of precomputed control values (`ControlFallback`), relative to the gallery, or
    /// nil when the lesson declares no slider.
    public var controlsPage: String?

    /// Creates a gallery lesson.
    public init(name: String, title: String, goal: String? = nil, figures: [GalleryFigure]) {
        self.name = name
        self.title = title
        self.goal = goal
        self.figures = figures
    }

    /// The gallery form of a lesson: texts in `language`, every figure as
    /// `<lesson>/<figure>.svg`, relative to the gallery page (where `descent build` writes it),
    /// with its caption; an animation written as MP4 plays as a video over it unless `videos` is
    /// false (the build wrote no animations).
    public init(lesson: Lesson, language: String, videos: Bool = true) {
        self.init(
            name: lesson.name,
            title: lesson.title.resolved(language: language),
            goal: lesson.goal?.resolved(language: language),
            figures: lesson.writtenFigures.map { request in
                GalleryFigure(
                    name: request.name, source: "\(lesson.name)/\(request.name).svg",
                    caption: request.caption?.resolved(language: language),
                    video: videos ? GalleryVideo(request, lesson: lesson) : nil
                )
            }
        )
        if lesson.controls.contains(where: { !ControlFallback.values($0).isEmpty }) { controlsPage = "\(lesson.name)/controls.html" }
    }
}

/// One figure of the gallery.
public struct GalleryFigure: Sendable, Hashable {
    /// The figure's name in the lesson.
    public var name: String
    /// The image's path relative to the gallery page.
    public var source: String
    /// What to look at, or nil.
    public var caption: String?
    /// For an animation written as MP4: the video, with `source` as its poster; else nil.
    public var video: GalleryVideo?

    /// Creates a gallery figure.
    public init(name: String, source: String, caption: String? = nil, video: GalleryVideo? = nil) {
        self.name = name
        self.source = source
        self.caption = caption
        self.video = video
    }
}
