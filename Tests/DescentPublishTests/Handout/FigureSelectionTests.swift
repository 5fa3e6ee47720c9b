import DescentLesson
import Testing
@testable import DescentPublish

@Suite struct FigureSelectionTests {
    /// The layout takes the place of `paths`, the first figure it arranges, and carries its
    /// panels' captions.
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
        #expect(chosen.map(\.request.name) == ["overview", "heat"])
        #expect(chosen.map(\.caption) == ["경로. Loss.", "Heat."])
    }

    /// A layout's own caption comes first, then each panel's, led by the panel's title.
    @Test func aLayoutsOwnCaptionComesFirstThenItsPanels() throws {
        let lesson = try Fixtures.parsed("""
        title: T
        surface: ravine
        runs: [{optimizer: sgd, lr: 0.1}]
        figures:
          - {kind: contour, name: paths, title: "The paths", caption: "Paths."}
          - {kind: loss, name: loss}
          - {kind: layout, name: overview, panels: [paths, loss], caption: "All."}
        """)
        #expect(FigureSelection.select(lesson.figures, language: "en").map(\.caption) == ["All. <i>The paths.</i> Paths."])
    }
}
