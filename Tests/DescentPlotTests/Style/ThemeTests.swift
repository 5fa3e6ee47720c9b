import DescentScene
import Testing
@testable import DescentPlot

@Suite struct ThemeTests {
    @Test func seriesStylesCycleThroughThePalette() {
        let theme = Theme.light
        #expect(theme.seriesStyle(at: 0).color == Color(hex: 0x0072B2))
        #expect(theme.seriesStyle(at: theme.palette.count).color == theme.seriesStyle(at: 0).color)
    }

    @Test func printThemeTellsRunsApartWithoutColor() {
        let styles = (0..<4).map { Theme.print.seriesStyle(at: $0) }
        #expect(Set(styles.map(\.dash)).count == 4)
        #expect(Set(styles.map(\.marker)).count == 4)
    }

    @Test func darkThemeIsDark() {
        let bg = Theme.dark.background, fg = Theme.dark.foreground
        #expect(bg.red + bg.green + bg.blue < 0.5)
        #expect(fg.red + fg.green + fg.blue > 2.4)
    }

    @Test func sizePresets() {
        // A 16:9 slide at PNG scale 2 is 1600 x 900 pixels.
        #expect(FigureSize.slide.width * 2 == 1600 && FigureSize.slide.height * 2 == 900)
        #expect(FigureSize.square.width == FigureSize.square.height)
    }
}
