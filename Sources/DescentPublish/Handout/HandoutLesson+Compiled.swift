import DescentPipeline
import DescentPlot
import DescentScene

extension HandoutLesson {
    /// The handout form of a compiled lesson: texts in `language`, the figures chosen by
    /// ``FigureSelection`` laid out at `style.figureLayoutSize` (keeping each figure's aspect
    /// ratio) with `measurer`. The page already shows the lesson title and the caption, so a figure
    /// keeps only a title of its own and no subtitle; figures of the dark slide theme are drawn in
    /// the light theme, as a page is white.
    public init(compiled: CompiledLesson, language: String, style: HandoutStyle, measurer: any TextMeasuring) {
        let strings = PublishStrings.forLanguage(language)
        let layout = FigureLayout(measurer: measurer)
        let figures = compiled.assembled(language: language, theme: compiled.lesson.output.theme == .dark ? .light : nil).figures
        let chosen = FigureSelection.select(figures.map(\.request), language: language)
        let handoutFigures = chosen.compactMap { choice -> HandoutFigure? in
            guard var figure = figures.first(where: { $0.request.name == choice.request.name })?.figure else { return nil }
            figure.size = style.figureLayoutSize(figure.size)
            figure.title = choice.request.title.map { Markup.escaped($0.resolved(language: language)) }
            figure.subtitle = nil
            if choice.request.kind.animatesFigure {
                figure.title = nil
                let animation = LessonBuilder(options: BuildOptions(language: language)).animationJob(choice.request, figure: figure, compiled: compiled)
                return HandoutFigure(name: choice.request.name, scene: Storyboard.scene(animation, layout: layout), caption: choice.caption)
            }
            return HandoutFigure(name: choice.request.name, scene: layout.scene(for: figure), caption: choice.caption)
        }
        self.init(
            name: compiled.lesson.name,
            title: compiled.lesson.title.resolved(language: language),
            goal: compiled.lesson.goal?.resolved(language: language),
            settings: LessonSettings(lesson: compiled.lesson, strings: strings),
            figures: handoutFigures
        )
    }
}
