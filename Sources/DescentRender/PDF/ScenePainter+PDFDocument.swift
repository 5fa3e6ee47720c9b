import CDescentCairo
import DescentFiles
import DescentScene

extension ScenePainter {
    /// The document as one PDF: each page at its scene's size, link annotations over the pages
    /// and the outline as PDF bookmarks.
    ///
    /// Each page a link points to is a named destination (`page1`, `page2`, ...: a Cairo `Dest` tag
    /// at its top-left corner) and links jump to those names, because Cairo 1.16 silently drops
    /// `page=N` links to pages after the current one. The tag comes after the page's drawing: Cairo
    /// 1.16 drops destinations tagged before a full-page paint, and those on a page that draws
    /// nothing at all (so a link to a blank, transparent page goes nowhere).
    public func renderPDF(_ document: PDFDocument) throws(RenderError) -> [UInt8] {
        try renderPDF(StreamedPDF(document))
    }

    /// The document as one PDF, as for a ``PDFDocument``, each page's scene made just before it
    /// is painted and released after it.
    public func renderPDF(_ document: StreamedPDF) throws(RenderError) -> [UInt8] {
        try document.validate()
        var scene = document.scene(0)
        let first = try Self.pageSize(scene)
        let surface = try CairoSurface.pdf(width: first.width, height: first.height)
        if let title = document.title {
            cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_TITLE, title)
        }
        let targets = Set(document.links.joined().map(\.targetPage))
        do {
            let context = try CairoContext(surface)
            let painter = NodePainter(context: context, text: measurer.engine)
            for (index, links) in document.links.enumerated() {
                if index > 0 {
                    scene = document.scene(index)
                    let size = try Self.pageSize(scene)
                    cairo_pdf_surface_set_size(surface.pointer, size.width, size.height)
                }
                try painter.paint(scene)
                if targets.contains(index) {
                    cairo_tag_begin(context.pointer, CAIRO_TAG_DEST, "name='\(Self.destination(index))' x=0 y=0")
                    cairo_tag_end(context.pointer, CAIRO_TAG_DEST)
                }
                for link in links {
                    let r = link.rect
                    cairo_tag_begin(context.pointer, CAIRO_TAG_LINK, "rect=[\(r.x) \(r.y) \(r.width) \(r.height)] dest='\(Self.destination(link.targetPage))'")
                    cairo_tag_end(context.pointer, CAIRO_TAG_LINK)
                }
                cairo_show_page(context.pointer)
            }
            try context.check("draw the PDF pages")
        }
        addOutline(document.outline, to: surface)
        try surface.finish("finish the PDF document")
        return surface.sink?.bytes ?? []
    }

    /// Renders the document and writes it to `path` atomically, creating missing directories.
    public func writePDF(_ document: PDFDocument, to path: String) throws(RenderError) {
        try writePDF(StreamedPDF(document), to: path)
    }

    /// Renders the document page by page and writes it to `path` atomically, creating missing
    /// directories.
    public func writePDF(_ document: StreamedPDF, to path: String) throws(RenderError) {
        let bytes = try renderPDF(document)
        do { try AtomicFile.write(bytes, to: path) } catch { throw .file(error) }
    }

    /// The size of a page's scene, which must be finite and positive.
    private static func pageSize(_ scene: Scene) throws(RenderError) -> Size {
        let size = scene.size
        guard size.width.isFinite, size.height.isFinite, size.width > 0, size.height > 0 else {
            throw .invalidCanvas(width: size.width, height: size.height, scale: 1)
        }
        return size
    }

    /// The named destination at the top-left corner of page `index`.
    static func destination(_ index: Int) -> String { "page\(index + 1)" }

    /// Adds the (validated) bookmarks, each under the latest entry one level up, shown expanded.
    private func addOutline(_ outline: [PDFOutlineEntry], to surface: CairoSurface) {
        var parents: [Int32] = []
        for entry in outline {
            let parent = entry.level == 0 ? Int32(CAIRO_PDF_OUTLINE_ROOT) : parents[entry.level - 1]
            let id = cairo_pdf_surface_add_outline(
                surface.pointer, parent, entry.title, "page=\(entry.page + 1)", CAIRO_PDF_OUTLINE_FLAG_OPEN
            )
            parents = Array(parents.prefix(entry.level)) + [id]
        }
    }
}
