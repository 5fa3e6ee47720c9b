import DescentScene
import Testing
@testable import DescentPlot

/// Run colors keep their contrast against the panel (WCAG 2.1 contrast ratio, success criterion
/// 1.4.11 for graphical objects: 3 on the light theme; the dark theme asks 4.5).
@Suite struct ThemeLegibilityTests {
    static func theme(_ name: String) -> Theme { name == "dark" ? .dark : name == "print" ? .print : .light }

    /// Reference values from WCAG 2.1's definitions: white has luminance 1 and black 0, so their
    /// ratio is (1 + 0.05) / (0 + 0.05) = 21. Okabe and Ito's blue #0072B2: G = 0x72/255 = 0.4471,
    /// linear ((0.4471 + 0.055)/1.055)^2.4 = 0.1683; B = 0xB2/255 = 0.6980, linear 0.4452;
    /// L = 0.7152 * 0.1683 + 0.0722 * 0.4452 = 0.1525, and against white (1.05)/(0.2025) = 5.19.
    @Test func contrastRatioFollowsWCAG() {
        #expect(abs(Color.white.contrastRatio(with: .black) - 21) < 1e-9)
        #expect(abs(Color.white.contrastRatio(with: .white) - 1) < 1e-9)
        let blue = Color(hex: 0x0072B2)
        #expect(abs(blue.relativeLuminance - 0.1525) < 5e-4)
        #expect(abs(blue.contrastRatio(with: .white) - 5.19) < 0.01)
    }

    /// Okabe and Ito's palette, a pale yellow and a near-black: every one made legible reaches the
    /// theme's minimum, and a color that already does is kept as it is.
    @Test(arguments: ["light", "dark", "print"])
    func legibleColorsReachTheMinimum(themeName: String) {
        let theme = Self.theme(themeName)
        for color in Theme.okabeIto + [Color(hex: 0xF0E442), Color(hex: 0x1B1E24), Color(hex: 0x999999)] {
            let shown = theme.legible(color)
            #expect(shown.contrastRatio(with: theme.panelBackground) >= theme.minimumRunContrast - 1e-6)
            if color.contrastRatio(with: theme.panelBackground) >= theme.minimumRunContrast { #expect(shown == color) }
        }
    }

    /// The dark theme lightens the pinned deep blue of the issue (3.2:1 on its panel) to 4.5:1.
    @Test func darkThemeLightensDeepBlue() {
        let blue = Color(hex: 0x0072B2), panel = Theme.dark.panelBackground
        #expect(blue.contrastRatio(with: panel) < 4.5)
        let shown = Theme.dark.legible(blue)
        #expect(abs(shown.contrastRatio(with: panel) - 4.5) < 0.01)
        #expect(shown.relativeLuminance > blue.relativeLuminance)
    }

    /// Shades of one hue are all legible, distinct and ordered from deep to faint.
    @Test(arguments: ["light", "dark"])
    func shadesAreLegibleAndOrdered(themeName: String) {
        let theme = Self.theme(themeName)
        let shades = theme.shades(of: Color(hex: 0x0072B2), count: 4)
        #expect(shades.count == 4)
        let contrasts = shades.map { $0.contrastRatio(with: theme.panelBackground) }
        #expect(contrasts.allSatisfy { $0 >= theme.minimumRunContrast - 1e-6 })
        #expect(zip(contrasts, contrasts.dropFirst()).allSatisfy { $0 > $1 + 0.2 }, "\(contrasts)")
        // One hue, lightness steps of 0.1 (the range allows it for four blues on both themes).
        let lch = shades.map(OKLCh.init)
        #expect(lch.allSatisfy { abs($0.hue - OKLCh(theme.legible(Color(hex: 0x0072B2))).hue) < 2 }, "\(lch)")
        #expect(zip(lch, lch.dropFirst()).allSatisfy { abs(abs($0.lightness - $1.lightness) - 0.1) < 1e-3 }, "\(lch)")
    }

    /// The course color sits in the middle of its ramp: two variants of SGD's blue on the light
    /// theme are 0.05 on either side of its own lightness (OKLCh L 0.531 for #0072B2).
    @Test func courseColorIsTheRampsMiddle() {
        let blue = OKLCh(Color(hex: 0x0072B2))
        let pair = Theme.light.shades(of: Color(hex: 0x0072B2), count: 2).map(OKLCh.init)
        #expect(abs(pair[0].lightness - (blue.lightness - 0.05)) < 1e-3 && abs(pair[1].lightness - (blue.lightness + 0.05)) < 1e-3, "\(pair)")
    }

    /// Lightening keeps the hue: Newton's wine #882255 on the dark theme stays wine (OKLCh hue
    /// within 2°), instead of turning toward momentum's pink as mixing with white did.
    @Test func lighteningKeepsHue() {
        let wine = Color(hex: 0x882255), shown = Theme.dark.legible(wine)
        #expect(shown.contrastRatio(with: Theme.dark.panelBackground) >= 4.5 - 1e-6)
        #expect(abs(OKLCh(shown).hue - OKLCh(wine).hue) < 2)
    }

    /// The dark theme's contour bands stop before viridis turns yellow: sunk toward the dark
    /// panel, yellow reads as olive (red and green high, blue low). The top band keeps blue at
    /// least half of red, as viridis's green (#35B779 at t = 0.62) does.
    @Test func darkBandsDoNotTurnOlive() {
        let theme = Theme.dark
        let top = theme.colormap.segment(theme.contourSpan).washed(toward: theme.panelBackground, by: theme.contourWash).color(at: 1)
        #expect(top.green > top.red && top.blue > 0.5 * top.red + 0.1, "\(top)")
    }
}
