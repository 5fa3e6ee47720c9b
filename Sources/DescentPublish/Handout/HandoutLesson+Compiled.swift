import DescentPipeline
import DescentPlot
import DescentScene

extension HandoutLesson {
    /// The handout form of a compiled lesson: texts in `language` as well-formed markup
    /// (``LessonMarkup``), the figures chosen by ``FigureSelection`` as plots the layout lays out
    /// across the text width, their panels arranged for a page (``PaperArrangement``). The page already shows the lesson title and the caption, so a figure
    /// keeps only a title of its own and no subtitle. A handout is print: figures of the dark slide
    /// theme are drawn in the light theme, as a page is white.
    public init(compiled: CompiledLesson, language: String) {
        let strings = PublishStrings.forLanguage(language)
        let figures = compiled.assembled(language: language, theme: compiled.lesson.output.theme == .dark ? .light : nil).figures
        let chosen = FigureSelection.select(figures.map(\.request), language: language)
        let handoutFigures = chosen.compactMap { choice -> HandoutFigure? in
            guard var figure = figures.first(where: { $0.request.name == choice.request.name })?.figure else { return nil }
            figure.title = choice.request.title.map { LessonMarkup($0.resolved(language: language)).pango }
            figure.subtitle = nil
            if choice.request.kind.animatesFigure {
                figure.title = nil
                let animation = LessonBuilder(options: BuildOptions(language: language)).animationJob(choice.request, figure: figure, compiled: compiled)
                return HandoutFigure(name: choice.request.name, content: .storyboard(animation), caption: choice.caption.map { LessonMarkup($0).pango })
            }
            return HandoutFigure(name: choice.request.name, content: .plot(PaperArrangement.arranged(figure)), caption: choice.caption.map { LessonMarkup($0).pango })
        }
        self.init(
            name: compiled.lesson.name,
            title: LessonMarkup(compiled.lesson.title.resolved(language: language)).pango,
            goal: compiled.lesson.goal.map { LessonMarkup($0.resolved(language: language)).pango },
            settings: LessonSettings(lesson: compiled.lesson, strings: strings),
            figures: handoutFigures
        )
    }
}
