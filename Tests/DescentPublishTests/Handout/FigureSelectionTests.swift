import DescentLesson
import Testing
@testable import DescentPublish

@Suite struct FigureSelectionTests {
    @Test func layoutsReplaceTheFiguresTheyArrangeAndInheritTheirCaptions() throws {
        let lesson = try Fixtures.parsed("""
        title: T
        surface: ravine
        runs: [{optimizer: sgd, lr: 0.1}]
        figures:
          - {kind: contour, name: paths, caption: {en: "Paths.", ko: "경로."}}
          - {kind: lr, name: lr}
          - {kind: loss, name: loss, caption: "Loss."}
          - {kind: heatmap, name: heat, caption: "Heat."}
          - {kind: layout, name: overview, panels: [paths, [lr, loss]]}
        """)
        let chosen = FigureSelection.select(lesson.figures, language: "ko")
        #expect(chosen.map(\.request.name) == ["heat", "overview"])
        #expect(chosen.map(\.caption) == ["Heat.", "경로. Loss."])
    }

    @Test func aLayoutsOwnCaptionWins() throws {
        let lesson = try Fixtures.parsed("""
        title: T
        surface: ravine
        runs: [{optimizer: sgd, lr: 0.1}]
        figures:
          - {kind: contour, name: paths, caption: "Paths."}
          - {kind: layout, name: overview, panels: [paths], caption: "All."}
        """)
        #expect(FigureSelection.select(lesson.figures, language: "en").map(\.caption) == ["All."])
    }
}
