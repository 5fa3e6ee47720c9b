import DescentLesson
import DescentNumerics
import DescentPlot
import DescentScene
import Testing
@testable import DescentPipeline

@Suite("The composed figure of a lesson")
struct ComposedFigureTests {
    /// Stroke colors of every shape under groups named `series.<id>`, one list per panel.
    static func seriesColors(_ scene: Scene, id: String) -> [Set<Color>] {
        scene.root.groups { $0 == "series.\(id)" }.map { group in
            Set(group.leaves.compactMap { node in
                if case .shape(let shape) = node { return shape.stroke?.color }
                return nil
            })
        }
    }

    @Test("one legend entry per run, and each run has one color in every panel")
    func legendAndColors() throws {
        let lesson = try LessonLoader.parse(yaml: TemporaryLesson.threeRuns, file: "fixture.yaml")
        let surface = try Surfaces.catalog.build("bowl")
        let runner = LessonRunner(surface: surface)
        let runs = try lesson.runs.map { try runner.run($0) }
        let theme = Theme.light
        let context = FigureContext(
            lesson: lesson, surface: surface, domain: surface.defaultDomain, runs: runs,
            styles: RunStyles(runs: lesson.runs.map { ($0.id, $0.color) }, theme: theme), theme: theme, language: "en"
        )
        let request = try #require(lesson.figure(named: "overview"))
        let figure = FigureAssembler(context: context).figure(request, size: FigureSize.slide)
        let scene = FigureLayout(measurer: FixedWidthMeasurer()).scene(for: figure)

        let entries = scene.root.groups { $0.hasPrefix("legend.entry.") }.map(\.name)
        #expect(entries == runs.map { "legend.entry.\($0.id)" })

        let palette = runs.map { context.styles[$0.id].color }
        #expect(Set(palette).count == runs.count, "two runs share a color")
        for (run, color) in zip(runs, palette) {
            let panels = Self.seriesColors(scene, id: run.id)
            #expect(panels.count == 3, "\(run.id) should be drawn in the map, the LR panel and the loss panel")
            for strokes in panels {
                #expect(strokes.contains(color), "\(run.id) is not drawn in its own color in a panel")
                #expect(strokes.isDisjoint(with: palette.filter { $0 != color }), "\(run.id) is drawn in another run's color")
            }
        }
    }
}

/// A text measurer that needs no fonts: 0.55 em per character.
struct FixedWidthMeasurer: TextMeasuring {
    func measure(_ text: String, markup: Bool, style: TextStyle) -> TextExtent {
        TextExtent(width: Double(text.count) * style.size * 0.55, height: style.size * 1.2, baseline: style.size * 0.95)
    }
}

@Suite("Descent's own words on figures follow the lesson's language")
struct FigureWordsTests {
    @Test("Korean panels are titled 학습률 and 손실 over a 스텝 axis; English falls back for other languages")
    func korean() throws {
        let lesson = try LessonLoader.parse(yaml: TemporaryLesson.threeRuns, file: "fixture.yaml")
        let surface = try Surfaces.catalog.build("bowl")
        let runs = try lesson.runs.map { try LessonRunner(surface: surface).run($0) }
        let context = FigureContext(
            lesson: lesson, surface: surface, domain: surface.defaultDomain, runs: runs,
            styles: RunStyles(runs: lesson.runs.map { ($0.id, $0.color) }, theme: .light), theme: .light, language: "ko"
        )
        let lr = try #require(lesson.figure(named: "lr"))
        let figure = FigureAssembler(context: context).figure(lr, size: FigureSize.slide)
        guard case .panel(.lines(let panel)) = figure.layout else { Issue.record("not a line panel"); return }
        #expect(panel.title == "학습률" && panel.xLabel == "스텝")
        #expect(FigureWords.forLanguage("fr") == .english)
        #expect(FigureWords.korean.diverged(at: 12) == "12 스텝에서 발산")
    }
}
