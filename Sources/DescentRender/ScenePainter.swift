import CDescentCairo
import DescentFiles
import DescentScene

/// Paints a ``Scene`` with Cairo into PNG, SVG or PDF bytes or files.
///
/// One code path draws on all three Cairo surfaces; only the surface differs. A PNG has
/// `ceil(size * scale)` pixels per side and the scene drawn scaled by `scale`; SVG and PDF are in
/// points and ignore `scale`. Output is deterministic: the same scene gives the same bytes in every
/// run and process (fixed PDF dates, SVG ids renumbered in document order).
///
/// Text goes through the painter's ``PangoTextMeasurer``, so a figure laid out with that measurer
/// is drawn exactly as measured. Not Sendable; make one painter per task.
public struct ScenePainter {
    /// The measurer whose Pango context draws the text.
    public let measurer: PangoTextMeasurer

    /// A painter drawing text as `measurer` measures it.
    public init(measurer: PangoTextMeasurer = PangoTextMeasurer()) {
        self.measurer = measurer
    }

    /// The scene encoded in `format`; `scale` is PNG pixels per point.
    public func render(_ scene: Scene, format: OutputFormat, scale: Double = 1) throws(RenderError) -> [UInt8] {
        let size = scene.size
        guard size.width.isFinite, size.height.isFinite, size.width > 0, size.height > 0,
              scale.isFinite, scale > 0
        else { throw .invalidCanvas(width: size.width, height: size.height, scale: scale) }
        switch format {
        case .png:
            return try raster(scene, scale: scale).pngBytes()
        case .svg:
            let surface = try CairoSurface.svg(width: size.width, height: size.height)
            do {
                let context = try CairoContext(surface)
                try NodePainter(context: context, text: measurer.engine).paint(scene)
            }
            try surface.finish("finish the SVG document")
            return SVGIdentifiers.renumbered(surface.sink?.bytes ?? [])
        case .pdf:
            return try renderPDF(PDFDocument(pages: [PDFPage(scene)]))
        }
    }

    /// The scene painted on an ARGB32 surface of `ceil(size * scale)` pixels.
    func raster(_ scene: Scene, scale: Double) throws(RenderError) -> CairoSurface {
        let surface = try CairoSurface.image(
            width: Int((scene.size.width * scale).rounded(.up)), height: Int((scene.size.height * scale).rounded(.up))
        )
        let context = try CairoContext(surface)
        cairo_scale(context.pointer, scale, scale)
        try NodePainter(context: context, text: measurer.engine).paint(scene)
        cairo_surface_flush(surface.pointer)
        return surface
    }

    /// Renders the scene and writes it to `path` atomically (a temporary file in the same
    /// directory, renamed into place), creating missing directories. The format defaults to the
    /// path's extension.
    public func write(_ scene: Scene, to path: String, format: OutputFormat? = nil, scale: Double = 1) throws(RenderError) {
        let resolved: OutputFormat
        if let format { resolved = format } else { resolved = try OutputFormat(path: path) }
        let bytes = try render(scene, format: resolved, scale: scale)
        do { try AtomicFile.write(bytes, to: path) } catch { throw .file(error) }
    }
}
