import DescentScene
import Testing
@testable import DescentRender

@Suite struct NodePainterTests {
    typealias RGBA = (red: Int, green: Int, blue: Int, alpha: Int)

    static func isColor(_ p: RGBA, _ r: Int, _ g: Int, _ b: Int, tolerance: Int = 1) -> Bool {
        abs(p.red - r) <= tolerance && abs(p.green - g) <= tolerance && abs(p.blue - b) <= tolerance && p.alpha == 255
    }

    @Test func fillsRectangleInPointsTimesScale() throws {
        let scene = Scenes.page([.shape(ShapeItem(Path(rect: Rect(x: 10, y: 5, width: 10, height: 10)), fill: Scenes.red))])
        let raster = try Raster(scene, scale: 2)
        #expect(raster.width == 80 && raster.height == 40)
        #expect(Self.isColor(raster.pixel(21, 11), 255, 0, 0))
        #expect(Self.isColor(raster.pixel(39, 29), 255, 0, 0))
        #expect(Self.isColor(raster.pixel(19, 11), 255, 255, 255))
        #expect(Self.isColor(raster.pixel(41, 11), 255, 255, 255))
    }

    /// Two concentric circles traced the same way round: even-odd leaves the hole, non-zero fills it.
    @Test(arguments: [(ShapeItem.FillRule.evenOdd, 255), (.nonZero, 0)])
    func honoursFillRule(rule: ShapeItem.FillRule, centerGreen: Int) throws {
        var ring = Path(circleAt: Point(20, 10), radius: 9)
        ring.append(Path(circleAt: Point(20, 10), radius: 4))
        let raster = try Raster(Scenes.page([.shape(ShapeItem(ring, fill: Scenes.red, fillRule: rule))]))
        #expect(raster.pixel(20, 10).green == centerGreen)
        #expect(Self.isColor(raster.pixel(13, 10), 255, 0, 0))
    }

    /// Straight alpha 0.5 red over white: 0.5 * 255 + 0.5 * 255 = 255 red, 0.5 * 255 = 127.5 green/blue.
    @Test func blendsTranslucentFill() throws {
        let scene = Scenes.page([.shape(ShapeItem(Path(rect: Rect(x: 0, y: 0, width: 40, height: 20)), fill: Scenes.red.withAlpha(0.5)))])
        let p = try Raster(scene).pixel(5, 5)
        #expect(Self.isColor(p, 255, 128, 128))
    }

    @Test func strokesWithDashes() throws {
        let line = Path(polyline: [Point(0, 10), Point(40, 10)])
        let dashed = StrokeStyle(color: .black, width: 4, dash: [10, 10], cap: .butt)
        let raster = try Raster(Scenes.page([.shape(ShapeItem(line, stroke: dashed))]))
        #expect(Self.isColor(raster.pixel(5, 10), 0, 0, 0))
        #expect(Self.isColor(raster.pixel(15, 10), 255, 255, 255))
        #expect(Self.isColor(raster.pixel(25, 10), 0, 0, 0))
    }

    @Test func clipsGroupToItsRectangle() throws {
        let everything = SceneNode.shape(ShapeItem(Path(rect: Rect(x: 0, y: 0, width: 40, height: 20)), fill: Scenes.blue))
        let raster = try Raster(Scenes.page([.group(SceneGroup("left", clip: Rect(x: 0, y: 0, width: 20, height: 20), children: [everything]))]))
        #expect(Self.isColor(raster.pixel(10, 10), 0, 0, 255))
        #expect(Self.isColor(raster.pixel(30, 10), 255, 255, 255))
    }

    /// A 2 x 1 image [red, blue] drawn into 40 x 20 pt: crisp cells switch at x = 20; smooth ones
    /// blend there (bilinear: half red, half blue at the cell boundary).
    @Test func drawsImagesCrispOrSmooth() throws {
        func raster(smooth: Bool) throws -> Raster {
            try Raster(Scenes.page([.image(ImageItem(pixelWidth: 2, pixelHeight: 1, pixels: [Scenes.red, Scenes.blue],
                                                     frame: Rect(x: 0, y: 0, width: 40, height: 20), smooth: smooth))]))
        }
        let crisp = try raster(smooth: false)
        #expect(Self.isColor(crisp.pixel(19, 10), 255, 0, 0))
        #expect(Self.isColor(crisp.pixel(20, 10), 0, 0, 255))
        let smooth = try raster(smooth: true)
        #expect(Self.isColor(smooth.pixel(1, 10), 255, 0, 0))
        #expect(Self.isColor(smooth.pixel(38, 10), 0, 0, 255))
        let middle = smooth.pixel(19, 10)
        #expect(middle.red > 100 && middle.red < 155 && middle.blue > 100 && middle.blue < 155)
    }

    /// Image alpha is premultiplied: 50 % blue over white gives (127.5, 127.5, 255).
    @Test func premultipliesImageAlpha() throws {
        let scene = Scenes.page([.image(ImageItem(pixelWidth: 1, pixelHeight: 1, pixels: [Scenes.blue.withAlpha(0.5)],
                                                  frame: Rect(x: 0, y: 0, width: 40, height: 20)))])
        #expect(Self.isColor(try Raster(scene).pixel(10, 10), 128, 128, 255))
    }

    /// Odd data is skipped, never crashing Cairo: a NaN vertex splits a polyline in two, an
    /// impossible dash draws solid, a wrong pixel count or NaN text position draws nothing.
    @Test func skipsWhatCannotBeDrawn() throws {
        let broken = Path(polyline: [Point(0, 5), Point(15, 5), Point(.nan, 5), Point(25, 5), Point(40, 5)])
        let scene = Scenes.page([
            .shape(ShapeItem(broken, stroke: StrokeStyle(color: .black, width: 2, cap: .butt))),
            .shape(ShapeItem(Path(polyline: [Point(0, 15), Point(40, 15)]), stroke: StrokeStyle(color: .black, width: 2, dash: [0, 0]))),
            .shape(ShapeItem(Path(rect: Rect(x: 0, y: 0, width: 40, height: 20)), stroke: StrokeStyle(color: .black, width: .nan))),
            .image(ImageItem(pixelWidth: 3, pixelHeight: 3, pixels: [Scenes.red], frame: Rect(x: 0, y: 0, width: 40, height: 20))),
            .text(TextItem("x", at: Point(.infinity, 10), style: TextStyle(size: 12))),
            .group(SceneGroup("nan clip", clip: Rect(x: .nan, y: 0, width: 1, height: 1), children: [
                .shape(ShapeItem(Path(rect: Rect(x: 0, y: 0, width: 40, height: 20)), fill: Scenes.red)),
            ])),
        ])
        let raster = try Raster(scene)
        #expect(Self.isColor(raster.pixel(7, 5), 0, 0, 0))
        #expect(Self.isColor(raster.pixel(20, 5), 255, 255, 255))
        #expect(Self.isColor(raster.pixel(32, 5), 0, 0, 0))
        #expect(Self.isColor(raster.pixel(20, 15), 0, 0, 0))
        #expect(Self.isColor(raster.pixel(20, 10), 255, 255, 255))
    }

    /// Text is drawn exactly where it is measured: the ink of leading/baseline text starts at the
    /// anchor and ends within the measured advance width; it sits above the baseline ("lll" has no descender).
    @Test func placesTextAsMeasured() throws {
        let painter = ScenePainter()
        let style = TextStyle(family: "DejaVu Sans", size: 20)
        let extent = painter.measurer.measure("lll", markup: false, style: style)
        let scene = Scenes.page(width: 60, height: 40, [.text(TextItem("lll", at: Point(10, 30), style: style))])
        let ink = try #require(try Raster(scene, scale: 2, painter: painter).inkBounds())
        #expect(ink.minX >= 20 && ink.minX <= 26)
        #expect(Double(ink.maxX) <= 2 * (10 + extent.width))
        #expect(ink.maxY <= 60 && ink.maxY >= 58)
    }

    /// Rotated 90 degrees counter-clockwise about a center anchor, a word's ink runs vertically,
    /// centered on the anchor.
    @Test func rotatesTextAboutAnchor() throws {
        let style = TextStyle(family: "DejaVu Sans", size: 10)
        let scene = Scenes.page(width: 40, height: 80, [
            .text(TextItem("learning", at: Point(20, 40), horizontal: .center, vertical: .center, rotation: 90, style: style)),
        ])
        let ink = try #require(try Raster(scene).inkBounds())
        #expect(ink.maxY - ink.minY > 3 * (ink.maxX - ink.minX))
        #expect(abs(Double(ink.minY + ink.maxY) / 2 - 40) <= 2)
        #expect(abs(Double(ink.minX + ink.maxX) / 2 - 20) <= 3)
    }

    /// Counter-clockwise in a y-down page: text anchored leading/baseline and rotated 90 degrees
    /// reads upwards from the anchor, with its glyphs to the left of the anchor (above the baseline).
    @Test func rotatesCounterClockwise() throws {
        let scene = Scenes.page(width: 40, height: 80, [
            .text(TextItem("learning", at: Point(20, 70), rotation: 90, style: TextStyle(size: 10))),
        ])
        let ink = try #require(try Raster(scene).inkBounds())
        #expect(ink.maxY <= 70 && ink.minY < 40)
        #expect(ink.maxX <= 21 && ink.minX >= 8)
    }

    /// A white halo around black text over a black background leaves white pixels next to the glyphs.
    @Test func drawsHaloBehindText() throws {
        func whitePixels(halo: Color?) throws -> Int {
            let scene = Scene(size: Size(width: 40, height: 20), background: .black, root: SceneGroup("root", children: [
                .text(TextItem("lll", at: Point(20, 10), horizontal: .center, vertical: .center,
                               style: TextStyle(size: 12), halo: halo)),
            ]))
            let raster = try Raster(scene)
            return (0..<20).flatMap { y in (0..<40).map { x in raster.pixel(x, y).green } }.filter { $0 > 200 }.count
        }
        #expect(try whitePixels(halo: nil) == 0)
        #expect(try whitePixels(halo: .white) > 20)
    }
}
