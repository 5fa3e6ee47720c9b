import DescentScene
import Foundation
import Testing
@testable import DescentRender

@Suite("Images in SVG")
struct SVGImageTests {
    @Test("an image is embedded as the PNG encoder's bytes, which decode to its pixels")
    func embeddedPNG() throws {
        // Two opaque pixels: red then blue, 8-bit RGB.
        let scene = Scenes.page([.image(ImageItem(pixelWidth: 2, pixelHeight: 1, pixels: [Scenes.red, Scenes.blue],
                                                  frame: Rect(x: 0, y: 0, width: 40, height: 20), smooth: false))])
        let svg = String(decoding: try ScenePainter().render(scene, format: .svg), as: UTF8.self)
        let marker = "data:image/png;base64,"
        let start = try #require(svg.range(of: marker))
        let base64 = svg[start.upperBound...].prefix { $0 != "\"" }
        let png = try #require(Data(base64Encoded: String(base64)))
        let chunks = PNGEncoderTests.chunks(Array(png))
        #expect(chunks.map(\.0) == ["IHDR", "IDAT", "IEND"])
        #expect(chunks[0].1 == [0, 0, 0, 2, 0, 0, 0, 1, 8, 2, 0, 0, 0])
        #expect(PNGEncoderTests.pixels(chunks[1].1, width: 2, height: 1, channels: 3) == [255, 0, 0, 0, 0, 255])
    }
}
