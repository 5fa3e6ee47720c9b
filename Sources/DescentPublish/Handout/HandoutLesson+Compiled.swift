import DescentPipeline
import DescentPlot
import DescentScene

extension HandoutLesson {
    /// The handout form of a compiled lesson: texts in the compiled language, the figures chosen by
    /// ``FigureSelection`` laid out at `style.figureDesignWidth` (keeping each figure's aspect
    /// ratio) with `measurer`. Figures of the dark slide theme are drawn in the light theme, as
    /// a page is white.
    public init(compiled: CompiledLesson, style: HandoutStyle, measurer: any TextMeasuring) {
        let language = compiled.language
        let strings = PublishStrings.forLanguage(language)
        let layout = FigureLayout(measurer: measurer)
        let figures = compiled.figures
        let chosen = FigureSelection.select(figures.map(\.request), language: language)
        let handoutFigures = chosen.compactMap { choice -> HandoutFigure? in
            guard var figure = figures.first(where: { $0.request.name == choice.request.name })?.figure else { return nil }
            let size = figure.size
            if size.width > 0, size.height > 0 {
                figure.size = Size(width: style.figureDesignWidth, height: style.figureDesignWidth * size.height / size.width)
            }
            if figure.theme.name == Theme.dark.name { figure.theme = .light }
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
