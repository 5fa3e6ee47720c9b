import CDescentCairo
import DescentScene
import Testing
@testable import DescentRender

/// The pixels of a scene painted on an ARGB32 surface, read back for assertions.
struct Raster {
    let width: Int
    let height: Int
    private let words: [UInt32]

    /// Paints `scene` at `scale` and copies the pixels out.
    init(_ scene: Scene, scale: Double = 1, painter: ScenePainter = ScenePainter()) throws {
        let surface = try painter.raster(scene, scale: scale)
        width = Int(cairo_image_surface_get_width(surface.pointer))
        height = Int(cairo_image_surface_get_height(surface.pointer))
        let stride = Int(cairo_image_surface_get_stride(surface.pointer))
        let data = try #require(cairo_image_surface_get_data(surface.pointer))
        var words: [UInt32] = []
        for row in 0..<height {
            let line = UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
            words.append(contentsOf: UnsafeBufferPointer(start: line, count: width))
        }
        self.words = words
    }

    /// The premultiplied channels (0...255) of the pixel in column `x`, row `y`.
    func pixel(_ x: Int, _ y: Int) -> (red: Int, green: Int, blue: Int, alpha: Int) {
        let word = words[y * width + x]
        return (Int((word >> 16) & 0xFF), Int((word >> 8) & 0xFF), Int(word & 0xFF), Int(word >> 24))
    }

    /// The smallest rectangle (in pixels, inclusive) holding every pixel darker than mid-gray, or nil.
    func inkBounds() -> (minX: Int, minY: Int, maxX: Int, maxY: Int)? {
        var bounds: (minX: Int, minY: Int, maxX: Int, maxY: Int)?
        for y in 0..<height {
            for x in 0..<width where pixel(x, y).green < 128 {
                let b = bounds ?? (x, y, x, y)
                bounds = (min(b.minX, x), min(b.minY, y), max(b.maxX, x), max(b.maxY, y))
            }
        }
        return bounds
    }
}
