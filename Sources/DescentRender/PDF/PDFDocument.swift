import DescentScene

/// A multi-page PDF: pages (each its own size), bookmarks and links between pages.
///
/// Page numbers are zero-based indices into ``pages`` everywhere in this API.
public struct PDFDocument: Sendable, Hashable {
    /// The pages in order.
    public var pages: [PDFPage]
    /// The bookmarks, in reading order.
    public var outline: [PDFOutlineEntry]
    /// The document title shown by viewers, or nil.
    public var title: String?

    /// Creates a document.
    public init(pages: [PDFPage], outline: [PDFOutlineEntry] = [], title: String? = nil) {
        self.pages = pages
        self.outline = outline
        self.title = title
    }
}

/// One page of a ``PDFDocument``: a scene and the links drawn over it.
public struct PDFPage: Sendable, Hashable {
    /// What the page shows; its size is the page size.
    public var scene: Scene
    /// Clickable areas leading to other pages.
    public var links: [PDFLink]

    /// Creates a page.
    public init(_ scene: Scene, links: [PDFLink] = []) {
        self.scene = scene
        self.links = links
    }
}

/// A clickable rectangle on a page that jumps to another page of the same document.
public struct PDFLink: Sendable, Hashable {
    /// The active area in the page's coordinates (points, y down).
    public var rect: Rect
    /// The zero-based index of the page it opens.
    public var targetPage: Int

    /// Creates a link.
    public init(rect: Rect, targetPage: Int) {
        self.rect = rect
        self.targetPage = targetPage
    }
}

/// A bookmark in the PDF outline (the viewer's table of contents).
public struct PDFOutlineEntry: Sendable, Hashable {
    /// The text shown in the outline.
    public var title: String
    /// The zero-based index of the page it opens.
    public var page: Int
    /// Nesting depth: 0 for a top-level entry, 1 for a child of the latest level-0 entry, and so on.
    public var level: Int

    /// Creates a bookmark.
    public init(title: String, page: Int, level: Int = 0) {
        self.title = title
        self.page = page
        self.level = level
    }
}
