import CDescentCairo
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Owns a `cairo_surface_t` (image, SVG or PDF) and the sink its stream writes into.
///
/// Not Sendable: a surface is created, painted and finished inside one task.
final class CairoSurface {
    /// The Cairo handle; valid until `deinit`.
    let pointer: OpaquePointer
    /// Receives the stream output of SVG and PDF surfaces; kept alive as long as the surface.
    let sink: ByteSink?

    private init(_ pointer: OpaquePointer?, sink: ByteSink?, operation: String) throws(RenderError) {
        guard let pointer else { throw .cairo(operation: operation, status: "no surface returned") }
        let status = cairo_surface_status(pointer)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(pointer)
            try RenderError.check(status, operation)
            throw .cairo(operation: operation, status: "unknown")
        }
        self.pointer = pointer
        self.sink = sink
    }

    deinit { cairo_surface_destroy(pointer) }

    /// A premultiplied ARGB32 raster of `width` x `height` pixels, initially transparent.
    static func image(width: Int, height: Int) throws(RenderError) -> CairoSurface {
        try CairoSurface(
            cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(clamping: width), Int32(clamping: height)),
            sink: nil, operation: "create a \(width) x \(height) px image"
        )
    }

    /// An SVG document of `width` x `height` points streamed into a new sink; its unit is the point.
    static func svg(width: Double, height: Double) throws(RenderError) -> CairoSurface {
        let sink = ByteSink()
        let surface = try CairoSurface(
            cairo_svg_surface_create_for_stream(ByteSink.write, sink.closure, width, height),
            sink: sink, operation: "create an SVG surface"
        )
        cairo_svg_surface_set_document_unit(surface.pointer, CAIRO_SVG_UNIT_PT)
        return surface
    }

    /// A PDF document whose first page is `width` x `height` points, streamed into a new sink.
    ///
    /// Creation and modification dates are fixed so that the same scene gives the same bytes
    /// (Cairo 1.16 would otherwise stamp the current time).
    static func pdf(width: Double, height: Double) throws(RenderError) -> CairoSurface {
        let sink = ByteSink()
        let surface = try CairoSurface(
            cairo_pdf_surface_create_for_stream(ByteSink.write, sink.closure, width, height),
            sink: sink, operation: "create a PDF surface"
        )
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_CREATOR, "Descent")
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_CREATE_DATE, fixedDate)
        cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_MOD_DATE, fixedDate)
        return surface
    }

    /// The date written into every PDF (ISO 8601, as Cairo expects).
    private static let fixedDate = "2000-01-01T00:00:00Z"

    /// Finishes the document (flushing everything to the sink) and reports any failure.
    func finish(_ operation: String) throws(RenderError) {
        cairo_surface_finish(pointer)
        try RenderError.check(cairo_surface_status(pointer), operation)
    }

    /// Attaches the raster's PNG encoding as its `image/png` MIME data.
    ///
    /// Cairo's SVG surface embeds an image as the attached PNG when there is one, and otherwise
    /// encodes it with libpng at its default compression: several times the work of
    /// ``PNGEncoder`` for the same pixels. (Cairo 1.16's PDF surface takes no PNG and deflates
    /// image data itself.) Cairo frees the copy when it no longer needs it.
    func attachPNG() throws(RenderError) {
        let png = try pngBytes()
        guard let copy = malloc(png.count) else { throw .cairo(operation: "attach PNG data", status: "out of memory") }
        png.withUnsafeBytes { bytes in
            if let base = bytes.baseAddress { copy.copyMemory(from: base, byteCount: bytes.count) }
        }
        let status = cairo_surface_set_mime_data(
            pointer, CAIRO_MIME_TYPE_PNG, copy.assumingMemoryBound(to: UInt8.self), UInt(png.count), free, copy
        )
        guard status == CAIRO_STATUS_SUCCESS else {
            free(copy)
            try RenderError.check(status, "attach PNG data")
            return
        }
    }

    /// The raster encoded as PNG.
    func pngBytes() throws(RenderError) -> [UInt8] {
        cairo_surface_flush(pointer)
        guard let data = cairo_image_surface_get_data(pointer) else {
            throw .cairo(operation: "encode PNG", status: "the image has no pixel data")
        }
        return try PNGEncoder.encode(
            argb32: UnsafePointer(data), width: Int(cairo_image_surface_get_width(pointer)),
            height: Int(cairo_image_surface_get_height(pointer)), stride: Int(cairo_image_surface_get_stride(pointer))
        )
    }
}
