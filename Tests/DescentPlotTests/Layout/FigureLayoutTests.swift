import DescentScene
import Foundation
import Testing
@testable import DescentPlot

@Suite struct FigureLayoutTests {
    let layout = FigureLayout(measurer: ApproximateMeasurer())

    @Test func legendHasOneEntryPerRun() {
        let scene = layout.scene(for: SampleFigures.composed())
        let legend = scene.root.groups { $0 == "legend" }
        #expect(legend.count == 1)
        let entries = scene.root.groups { $0.hasPrefix("legend.entry.") }.map(\.name)
        #expect(entries == SampleFigures.ids.map { "legend.entry.\($0)" })
        // Each entry: a line sample, a marker and the label.
        for entry in scene.root.groups(where: { $0.hasPrefix("legend.entry.") }) {
            #expect(SceneWalker.shapes(in: entry).count == 2)
            #expect(SceneWalker.texts(in: entry).count == 1)
        }
    }

    @Test func aRunHasTheSameColorInEveryPanel() {
        let figure = SampleFigures.composed()
        let scene = layout.scene(for: figure)
        for (id, style) in zip(SampleFigures.ids, SampleFigures.styles) {
            let groups = scene.root.groups { $0 == "series.\(id)" }
            #expect(groups.count == 3, "the run appears in the contour panel and both line panels")
            // Every stroke and fill of the run is its color, except halos in the panel background.
            let colors = groups.flatMap(SceneWalker.shapes(in:)).flatMap { [$0.fill, $0.stroke?.color] }.compactMap { $0 }
            let runColors = colors.filter { $0.withAlpha(1) != figure.theme.panelBackground }
            #expect(!runColors.isEmpty)
            #expect(runColors.allSatisfy { $0 == style.color })
        }
    }

    @Test func contourPanelPaintsOneFillPerLevelOverABackground() throws {
        let scene = layout.scene(for: SampleFigures.composed())
        let bands = try #require(scene.root.groups { $0 == "bands" }.first)
        // Automatic levels on the ravine are linear, 14 of them: background + 14 region fills.
        #expect(SceneWalker.shapes(in: bands).count == 15)
        let lines = try #require(scene.root.groups { $0 == "contour-lines" }.first)
        #expect(SceneWalker.shapes(in: lines).count == 14)
    }

    @Test func panelsInARowShareTheirPlotTopAndBottom() throws {
        // Row of a contour panel and a column of two line panels: the contour plot area's top and
        // bottom align with the top of the upper and the bottom of the lower line panel.
        let scene = layout.scene(for: SampleFigures.composed())
        let panels = scene.root.groups { $0.hasPrefix("panel.") }
        #expect(panels.map(\.name) == ["panel.contour", "panel.lines", "panel.lines"])
        let clips = panels.map { $0.groups { $0.hasPrefix("series.") && !$0.hasSuffix(".end") }.first?.clip }
        let contour = try #require(clips[0]), upper = try #require(clips[1]), lower = try #require(clips[2])
        #expect(abs(contour.minY - upper.minY) < 1e-9)
        #expect(abs(contour.maxY - lower.maxY) < 1e-9)
        #expect(abs(upper.minX - lower.minX) < 1e-9)
    }

    @Test func logLossAxisIsLabeledInDecades() throws {
        let scene = layout.scene(for: SampleFigures.composed())
        let lossPanel = try #require(scene.root.groups { $0 == "panel.lines" }.last)
        let labels = SceneWalker.texts(in: lossPanel).map(\.text)
        #expect(labels.contains { $0.hasPrefix("10") && $0.contains("⁻") })
    }

    @Test func nothingLeavesThePage() {
        for theme in [Theme.light, .dark, .print] {
            let scene = layout.scene(for: SampleFigures.composed(theme: theme))
            for text in SceneWalker.texts(in: scene.root) {
                #expect(text.position.x >= 0 && text.position.x <= scene.size.width)
                #expect(text.position.y >= 0 && text.position.y <= scene.size.height)
            }
            #expect(SceneWalker.nonFiniteValues(in: scene).isEmpty)
        }
    }
}
