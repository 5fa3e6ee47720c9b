import CDescentCairo
import DescentScene

extension ImageItem {
    /// True when the pixel grid is non-empty, matches `pixels.count`, and the frame is drawable.
    var isDrawable: Bool {
        pixelWidth > 0 && pixelHeight > 0 && pixels.count == pixelWidth * pixelHeight && frame.isDrawable
    }

    /// The pixels as a Cairo ARGB32 surface: native-endian words `A<<24 | R<<16 | G<<8 | B` with
    /// color premultiplied by alpha, as Cairo requires.
    func cairoSurface() throws(RenderError) -> CairoSurface {
        let surface = try CairoSurface.image(width: pixelWidth, height: pixelHeight)
        cairo_surface_flush(surface.pointer)
        guard let data = cairo_image_surface_get_data(surface.pointer) else {
            throw .cairo(operation: "access image pixels", status: "no pixel data")
        }
        let stride = Int(cairo_image_surface_get_stride(surface.pointer))
        let raw = UnsafeMutableRawPointer(data)
        for row in 0..<pixelHeight {
            let words = (raw + row * stride).assumingMemoryBound(to: UInt32.self)
            for column in 0..<pixelWidth {
                let c = pixels[row * pixelWidth + column]
                let a = Color.unit(c.alpha)
                words[column] = UInt32((a * 255).rounded()) << 24
                    | Color.premultipliedByte(c.red, alpha: a) << 16
                    | Color.premultipliedByte(c.green, alpha: a) << 8
                    | Color.premultipliedByte(c.blue, alpha: a)
            }
        }
        cairo_surface_mark_dirty(surface.pointer)
        return surface
    }
}
