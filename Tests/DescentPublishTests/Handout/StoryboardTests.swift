import DescentPlot
import Testing
@testable import DescentPublish

/// A storyboard frame draws the animation's first map only; an animation without a map keeps its
/// layout.
@Suite struct StoryboardTests {
    @Test func aFrameShowsTheFirstMapInReadingOrder() {
        let layout = PanelLayout.row([
            PaperArrangementTests.curve("loss"),
            .column([PaperArrangementTests.map("paths"), PaperArrangementTests.map("zoom")], weights: []),
        ], weights: [])
        #expect(PaperArrangementTests.rows(Storyboard.firstMap(layout)) == [["paths"]])
        let curves = PanelLayout.column([PaperArrangementTests.curve("lr"), PaperArrangementTests.curve("loss")], weights: [])
        #expect(PaperArrangementTests.rows(Storyboard.firstMap(curves)) == [["lr"], ["loss"]])
    }
}
