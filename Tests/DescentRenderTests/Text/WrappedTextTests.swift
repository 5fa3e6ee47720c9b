import DescentScene
import Testing
@testable import DescentRender

/// Wrapped paragraphs: Pango wraps at the item's width, and the measurer measures the same lines.
@Suite struct WrappedTextTests {
    static let style = TextStyle(family: "DejaVu Sans", size: 10)
    static let words = Array(repeating: "gradient", count: 12).joined(separator: " ")

    @Test func wrappingAddsLinesOfOneLineHeightEach() {
        let measurer = PangoTextMeasurer()
        let line = measurer.measure("gradient", markup: false, style: Self.style)
        let single = measurer.measure(Self.words, markup: false, style: Self.style, wrapWidth: nil)
        let wrapped = measurer.measure(Self.words, markup: false, style: Self.style, wrapWidth: 120)
        // Unwrapped: one line, as wide as the plain measurement.
        #expect(single.height == line.height)
        #expect(abs(single.width - measurer.measure(Self.words, markup: false, style: Self.style).width) < 1e-9)
        // Wrapped at 120 pt: "gradient " is about 50 pt wide at 10 pt, so two words per line and six
        // lines; every line is as tall as one line, and none is wider than the wrap width.
        let lines = (wrapped.height / line.height).rounded()
        #expect(lines == 6)
        #expect(abs(wrapped.height - lines * line.height) < 1e-6)
        #expect(wrapped.width <= 120)
        #expect(wrapped.baseline == line.baseline)
    }

    @Test func paintedParagraphStaysInItsBox() throws {
        // Left edge at x = 10, top at y = 10, box 120 pt wide: ink stays within [10, 130] and spans
        // the measured height.
        let measurer = PangoTextMeasurer()
        let item = TextItem(Self.words, at: Point(10, 10), vertical: .top, style: Self.style, wrapWidth: 120)
        let scene = Scene(size: Size(width: 200, height: 120), background: .white, root: SceneGroup("page", children: [.text(item)]))
        let ink = try #require(try Raster(scene, painter: ScenePainter(measurer: measurer)).inkBounds())
        let extent = measurer.measure(Self.words, markup: false, style: Self.style, wrapWidth: 120)
        #expect(ink.minX >= 10 && ink.maxX <= 130)
        #expect(ink.minY >= 10 && Double(ink.maxY) <= 10 + extent.height)
        #expect(Double(ink.maxY) > 10 + extent.height * 5 / 6)
    }

    @Test func centeredLinesSitInTheMiddleOfTheBox() throws {
        // One short word centered in a 180 pt box whose center anchor is x = 100: its ink is
        // centered on x = 100 within a pixel or two.
        let item = TextItem("descent", at: Point(100, 10), horizontal: .center, vertical: .top, style: Self.style, wrapWidth: 180, alignment: .center)
        let scene = Scene(size: Size(width: 200, height: 40), background: .white, root: SceneGroup("page", children: [.text(item)]))
        let ink = try #require(try Raster(scene).inkBounds())
        #expect(abs(Double(ink.minX + ink.maxX) / 2 - 100) < 2)
    }
}
