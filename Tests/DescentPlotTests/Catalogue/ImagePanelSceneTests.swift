import DescentScene
import Testing
@testable import DescentPlot

@Suite("heatmap and basins panels in the scene")
struct ImagePanelSceneTests {
    @Test func heatmapIsAnImageWithAColorbar() throws {
        let panel = HeatmapPanel(field: CatalogueScenes.bowl, scale: .linear, markedPoints: [MarkedPoint(x: 0, y: 0, kind: .minimum, label: "min")])
        let scene = CatalogueScenes.scene(.heatmap(panel))
        let heatmap = try #require(CatalogueScenes.group(scene, "panel.heatmap"))
        let imageGroup = try #require(CatalogueScenes.group(scene, "image"))
        let image = try #require(CatalogueScenes.images(in: imageGroup).first)
        #expect(image.pixelWidth == 41 && image.pixelHeight == 41 && image.smooth)
        // Row 0 of the image is the top (y = 2): its first pixel f(-2, 2) = 8 is the maximum, at
        // the colormap's end; the center f(0, 0) = 0 is the minimum, at its start.
        #expect(image.pixels[0] == Theme.light.colormap.color(at: 1))
        #expect(image.pixels[20 * 41 + 20] == Theme.light.colormap.color(at: 0))
        let bar = try #require(CatalogueScenes.group(scene, "colorbar"))
        #expect(CatalogueScenes.images(in: bar).count == 1)
        #expect(SceneWalker.texts(in: bar).contains { $0.text == "f(x, y)" })
        #expect(SceneWalker.texts(in: heatmap).contains { $0.text == "min" })
        #expect(SceneWalker.nonFiniteValues(in: scene).isEmpty)
    }

    /// With the log scale, colors follow log10(f - min + floor); the colorbar axis is logarithmic.
    @Test func logarithmicHeatmap() throws {
        let scene = CatalogueScenes.scene(.heatmap(HeatmapPanel(field: CatalogueScenes.bowl, scale: .logarithmic)))
        let bar = try #require(CatalogueScenes.group(scene, "colorbar"))
        #expect(SceneWalker.texts(in: bar).contains { $0.text == "f(x, y) − min" })
        let imageGroup = try #require(CatalogueScenes.group(scene, "image"))
        let image = try #require(CatalogueScenes.images(in: imageGroup).first)
        // Top-left corner (max) at the colormap's end, center (min) at its start.
        #expect(image.pixels[0] == Theme.light.colormap.color(at: 1))
        #expect(image.pixels[20 * 41 + 20] == Theme.light.colormap.color(at: 0))
    }

    @Test func basinsColorCellsByMinimum() throws {
        // 2 x 2 cells: bottom row reaches minimum 0 and none, top row minimum 1 twice.
        let panel = BasinsPanel(x: -1...1, y: -1...1, columns: 2, rows: 2, basins: [0, nil, 1, 1],
                                minima: [MarkedPoint(x: -0.5, y: -0.5, kind: .minimum), MarkedPoint(x: 0.5, y: 0.5, kind: .minimum)])
        let theme = Theme.light
        let scene = CatalogueScenes.scene(.basins(panel), theme: theme)
        let layout = BasinsPanelLayout(panel: panel, theme: theme, marks: Marks(theme: theme, typography: Typography(theme: theme), measurer: ApproximateMeasurer()))
        let cells = try #require(CatalogueScenes.group(scene, "cells"))
        let image = try #require(CatalogueScenes.images(in: cells).first)
        #expect(!image.smooth)
        // Image rows run from the top: the top row is minimum 1, the bottom row 0 then none.
        #expect(image.pixels == [layout.cellColor(1), layout.cellColor(1), layout.cellColor(0), layout.cellColor(nil)])
        #expect(layout.cellColor(0) == layout.categories[0].mixed(with: theme.panelBackground, 0.55))
        // On the dark theme's panel a cell keeps more of its color, so orange stays orange.
        let dark = BasinsPanelLayout(panel: panel, theme: .dark, marks: Marks(theme: .dark, typography: Typography(theme: .dark), measurer: ApproximateMeasurer()))
        #expect(dark.cellColor(0) == dark.categories[0].mixed(with: Theme.dark.panelBackground, 0.35))
        // Every tone stays light enough to keep its hue (OKLCh lightness 0.55 or more; orange below
        // about 0.5 reads as brown), which the light theme's 55 % wash (0.47 at its darkest) is not.
        let lightness = dark.categories.indices.map { OKLCh(dark.cellColor($0)).lightness }
        #expect(lightness.allSatisfy { $0 >= 0.55 }, "\(lightness)")
        let marked = try #require(CatalogueScenes.group(scene, "marked-points"))
        let stars = SceneWalker.shapes(in: marked)
        #expect(stars.map(\.fill) == [layout.categories[0], layout.categories[1]])
        #expect(layout.categories.count >= 4)
        #expect(panel.share(of: 1) == 0.5 && panel.share(of: nil) == 0.25)
    }

    /// The print theme's palette starts with black; basins skip it (it would wash to the gray of
    /// "no minimum").
    @Test func printBasinsSkipNeutralColors() {
        let theme = Theme.print
        let layout = BasinsPanelLayout(panel: BasinsPanel(x: 0...1, y: 0...1, columns: 1, rows: 1, basins: [0], minima: []), theme: theme,
                                       marks: Marks(theme: theme, typography: Typography(theme: theme), measurer: ApproximateMeasurer()))
        #expect(!layout.categories.contains(Color(hex: 0x000000)))
        #expect(layout.cellColor(0) != layout.cellColor(nil))
    }
}
