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
        try document.validate()
        for page in document.pages {
            let size = page.scene.size
            guard size.width.isFinite, size.height.isFinite, size.width > 0, size.height > 0 else {
                throw .invalidCanvas(width: size.width, height: size.height, scale: 1)
            }
        }
        let first = document.pages[0].scene.size
        let surface = try CairoSurface.pdf(width: first.width, height: first.height)
        if let title = document.title {
            cairo_pdf_surface_set_metadata(surface.pointer, CAIRO_PDF_METADATA_TITLE, title)
        }
        let targets = Set(document.pages.flatMap { $0.links.map(\.targetPage) })
        do {
            let context = try CairoContext(surface)
            let painter = NodePainter(context: context, text: measurer.engine)
            for (index, page) in document.pages.enumerated() {
                if index > 0 {
                    cairo_pdf_surface_set_size(surface.pointer, page.scene.size.width, page.scene.size.height)
                }
                try painter.paint(page.scene)
                if targets.contains(index) {
                    cairo_tag_begin(context.pointer, CAIRO_TAG_DEST, "name='\(Self.destination(index))' x=0 y=0")
                    cairo_tag_end(context.pointer, CAIRO_TAG_DEST)
                }
                for link in page.links {
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
        let bytes = try renderPDF(document)
        do { try AtomicFile.write(bytes, to: path) } catch { throw .file(error) }
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
