import CDescentCairo
import DescentScene

/// Pixels of a painted scene in Cairo's `CAIRO_FORMAT_ARGB32` layout: each pixel one native-endian
/// 32-bit word `A << 24 | R << 16 | G << 8 | B`, color premultiplied by alpha, rows `stride` bytes
/// apart, top row first.
public struct ARGB32Image: Sendable, Equatable {
    /// Pixels per row.
    public let width: Int
    /// Rows.
    public let height: Int
    /// Bytes from one row to the next (at least `4 * width`).
    public let stride: Int
    /// `stride * height` bytes.
    public let bytes: [UInt8]
}

extension ScenePainter {
    /// The scene painted at `scale` pixels per point on an image of `ceil(size * scale)` pixels
    /// per side, as for PNG.
    public func argb32(_ scene: Scene, scale: Double) throws(RenderError) -> ARGB32Image {
        try checkCanvas(scene, scale: scale)
        return try raster(scene, scale: scale).argb32Image()
    }

    /// `scene` painted over a copy of `base` (its background too, unless transparent): with the
    /// head and tail of `Scene.split`, `argb32(tail, scale:, over: argb32(head, scale:))` equals
    /// `argb32(whole, scale:)` pixel for pixel, and the head is painted only once however many
    /// tails are painted over it.
    ///
    /// - Throws: `RenderError.invalidCanvas` when `base` is not the size the scene has at `scale`.
    public func argb32(_ scene: Scene, scale: Double, over base: ARGB32Image) throws(RenderError) -> ARGB32Image {
        let canvas = try ARGB32Canvas(width: base.width, height: base.height)
        try canvas.paint(scene, scale: scale, over: base, with: self)
        return try canvas.surface.argb32Image()
    }

    func checkCanvas(_ scene: Scene, scale: Double) throws(RenderError) {
        let size = scene.size
        guard size.width.isFinite, size.height.isFinite, size.width > 0, size.height > 0, scale.isFinite, scale > 0
        else { throw .invalidCanvas(width: size.width, height: size.height, scale: scale) }
    }
}

extension CairoSurface {
    /// The raster's pixels.
    func argb32Image() throws(RenderError) -> ARGB32Image {
        cairo_surface_flush(pointer)
        guard let data = cairo_image_surface_get_data(pointer) else {
            throw .cairo(operation: "read the image", status: "the image has no pixel data")
        }
        let height = Int(cairo_image_surface_get_height(pointer)), stride = Int(cairo_image_surface_get_stride(pointer))
        return ARGB32Image(
            width: Int(cairo_image_surface_get_width(pointer)), height: height, stride: stride,
            bytes: Array(UnsafeBufferPointer(start: data, count: stride * height))
        )
    }
}

/// One raster reused for many frames: each `paint` copies the base image in and paints a scene
/// over it, without allocating (an animation's worker paints hundreds of frames on one canvas).
///
/// Not Sendable: one canvas per task.
public final class ARGB32Canvas {
    let surface: CairoSurface
    /// Pixels per row.
    public let width: Int
    /// Rows.
    public let height: Int
    /// Bytes from one row to the next.
    public let stride: Int

    /// A canvas of `width` x `height` pixels.
    public init(width: Int, height: Int) throws(RenderError) {
        surface = try CairoSurface.image(width: width, height: height)
        self.width = width
        self.height = height
        stride = Int(cairo_image_surface_get_stride(surface.pointer))
    }

    /// Copies `base` onto the canvas and paints `scene` over it with `painter`.
    ///
    /// - Throws: `RenderError.invalidCanvas` when `base` or the scene at `scale` is not the
    ///   canvas's size.
    public func paint(_ scene: Scene, scale: Double, over base: ARGB32Image, with painter: ScenePainter) throws(RenderError) {
        try painter.checkCanvas(scene, scale: scale)
        guard base.width == width, base.height == height,
              Int((scene.size.width * scale).rounded(.up)) == width, Int((scene.size.height * scale).rounded(.up)) == height
        else { throw .invalidCanvas(width: Double(base.width) / scale, height: Double(base.height) / scale, scale: scale) }
        guard let data = cairo_image_surface_get_data(surface.pointer) else {
            throw .cairo(operation: "paint over an image", status: "the image has no pixel data")
        }
        cairo_surface_flush(surface.pointer)
        base.bytes.withUnsafeBytes { source in
            guard let from = source.baseAddress else { return }
            for row in 0..<height {
                (data + row * stride).update(from: (from + row * base.stride).assumingMemoryBound(to: UInt8.self), count: 4 * width)
            }
        }
        cairo_surface_mark_dirty(surface.pointer)
        let context = try CairoContext(surface)
        cairo_scale(context.pointer, scale, scale)
        try NodePainter(context: context, text: painter.measurer.engine).paint(scene)
        cairo_surface_flush(surface.pointer)
    }

    /// Calls `body` with the canvas's pixels (ARGB32, `stride` bytes a row), valid during the call.
    public func withPixels<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        let data = cairo_image_surface_get_data(surface.pointer)
        return try body(UnsafeRawBufferPointer(start: data.map(UnsafeRawPointer.init), count: data == nil ? 0 : stride * height))
    }
}
