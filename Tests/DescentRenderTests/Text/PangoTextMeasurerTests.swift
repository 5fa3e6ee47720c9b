import DescentScene
import Testing
@testable import DescentRender

@Suite struct PangoTextMeasurerTests {
    let measurer = PangoTextMeasurer()
    static let dejaVu = TextStyle(family: "DejaVu Sans", size: 12)
    /// One Pango unit (1/1024 pt) per glyph of rounding slack.
    static let tolerance = 4.0 / 1024

    /// DejaVuSans.ttf (read with a table dump of the font file): unitsPerEm 2048, hhea ascender
    /// 1901, descender -483, line gap 0; advance of "l" 569 units. At 12 pt without hinting:
    /// width("lll") = 3 * 569 / 2048 * 12 = 10.001953125, height = (1901 + 483) / 2048 * 12 = 13.96875,
    /// baseline = 1901 / 2048 * 12 = 11.138671875.
    @Test func matchesFontFileMetrics() {
        let extent = measurer.measure("lll", markup: false, style: Self.dejaVu)
        #expect(abs(extent.width - 10.001953125) <= Self.tolerance)
        #expect(abs(extent.height - 13.96875) <= Self.tolerance)
        #expect(abs(extent.baseline - 11.138671875) <= Self.tolerance)
    }

    /// Metrics are unhinted, so they scale linearly with the font size: "W" (advance 2025 units)
    /// is 2025 / 2048 * 24 = 23.73046875 pt wide at 24 pt.
    @Test func scalesLinearlyWithSize() {
        var large = Self.dejaVu
        large.size = 24
        let small = measurer.measure("Wx", markup: false, style: Self.dejaVu).width
        let big = measurer.measure("Wx", markup: false, style: large).width
        #expect(abs(big - 2 * small) <= Self.tolerance)
        #expect(abs(measurer.measure("W", markup: false, style: large).width - 23.73046875) <= Self.tolerance)
    }

    @Test(arguments: [("iii", "WWW"), ("loss", "learning rate"), ("x", "x + y")])
    func widerTextMeasuresWider(narrow: String, wide: String) {
        #expect(measurer.measure(narrow, markup: false, style: Self.dejaVu).width
            < measurer.measure(wide, markup: false, style: Self.dejaVu).width)
    }

    /// A subscript is set smaller: wider than "x" alone, narrower than "xt" in one size, and far
    /// narrower than the markup source measured as plain text.
    @Test func measuresMarkup() {
        let sub = measurer.measure("x<sub>t</sub>", markup: true, style: Self.dejaVu).width
        #expect(sub > measurer.measure("x", markup: false, style: Self.dejaVu).width)
        #expect(sub < measurer.measure("xt", markup: false, style: Self.dejaVu).width)
        #expect(sub < measurer.measure("x<sub>t</sub>", markup: false, style: Self.dejaVu).width / 2)
    }

    @Test func malformedMarkupIsMeasuredAsPlainText() {
        let broken = measurer.measure("<b>x", markup: true, style: Self.dejaVu)
        #expect(broken == measurer.measure("<b>x", markup: false, style: Self.dejaVu))
    }

    /// Hangul is not in DejaVu Sans; fallback finds NanumGothic, whose syllables are close to 1 em.
    @Test func measuresKoreanThroughFallback() {
        let extent = measurer.measure("학습률", markup: false, style: Self.dejaVu)
        #expect(extent.width > 2 * 12)
        #expect(extent.width < 4 * 12)
        #expect(extent.height > 0)
    }

    @Test func measuresGreekAndMathSymbols() {
        #expect(measurer.measure("η ∇ ≤ α β γ", markup: false, style: Self.dejaVu).width > 5 * 6)
    }

    @Test func emptyTextHasNoWidth() {
        #expect(measurer.measure("", markup: false, style: Self.dejaVu).width == 0)
    }

    @Test func repeatedMeasurementsAgree() {
        let first = measurer.measure("tick 0.5", markup: false, style: Self.dejaVu)
        _ = measurer.measure("other", markup: true, style: TextStyle(size: 30, weight: .bold))
        #expect(measurer.measure("tick 0.5", markup: false, style: Self.dejaVu) == first)
    }

    @Test func boldMeasuresWiderThanRegular() {
        var bold = Self.dejaVu
        bold.weight = .bold
        #expect(measurer.measure("learning", markup: false, style: bold).width
            > measurer.measure("learning", markup: false, style: Self.dejaVu).width)
    }
}
