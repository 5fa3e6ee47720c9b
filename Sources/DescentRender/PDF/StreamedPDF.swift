import DescentScene

/// A PDF drawn one page at a time: its links and bookmarks are known up front, and each page's
/// scene is made by ``scene`` just before the page is painted and released after it, so a long
/// document (a course handout) never holds every page's scene at once.
///
/// Page numbers are zero-based indices, as in ``PDFDocument``.
public struct StreamedPDF {
    /// Each page's links, in page order; their count is the page count.
    public var links: [[PDFLink]]
    /// The bookmarks, in reading order.
    public var outline: [PDFOutlineEntry]
    /// The document title shown by viewers, or nil.
    public var title: String?
    /// Makes the scene of page `index`; its size is the page size.
    public var scene: (_ index: Int) -> Scene

    /// A document of `links.count` pages drawn by `scene`.
    public init(links: [[PDFLink]], outline: [PDFOutlineEntry] = [], title: String? = nil, scene: @escaping (_ index: Int) -> Scene) {
        self.links = links
        self.outline = outline
        self.title = title
        self.scene = scene
    }

    /// The pages of `document`, made already.
    public init(_ document: PDFDocument) {
        self.init(links: document.pages.map(\.links), outline: document.outline, title: document.title) { document.pages[$0].scene }
    }

    /// The number of pages.
    public var pageCount: Int { links.count }

    /// Throws ``RenderError/invalidDocument(_:)`` unless every link and bookmark is usable: at
    /// least one page, links with finite positive rectangles pointing at existing pages,
    /// bookmarks pointing at existing pages, the first at level 0 and each at most one level
    /// deeper than the one before.
    func validate() throws(RenderError) {
        let pages = 0..<pageCount
        guard !pages.isEmpty else { throw .invalidDocument("a document needs at least one page") }
        for (index, pageLinks) in links.enumerated() {
            for link in pageLinks {
                guard pages.contains(link.targetPage) else {
                    throw .invalidDocument("page \(index) links to page \(link.targetPage), but pages are 0..<\(pageCount)")
                }
                guard link.rect.isDrawable else {
                    throw .invalidDocument("page \(index) has a link with an empty or non-finite rectangle")
                }
            }
        }
        var previousLevel = -1
        for entry in outline {
            guard pages.contains(entry.page) else {
                throw .invalidDocument("bookmark '\(entry.title)' points to page \(entry.page), but pages are 0..<\(pageCount)")
            }
            guard entry.level >= 0, entry.level <= previousLevel + 1 else {
                throw .invalidDocument("bookmark '\(entry.title)' is at level \(entry.level) after level \(previousLevel): go down one level at a time")
            }
            previousLevel = entry.level
        }
    }
}

extension PDFDocument {
    /// Every page of `streamed`, made now.
    public init(_ streamed: StreamedPDF) {
        self.init(
            pages: streamed.links.enumerated().map { index, links in PDFPage(streamed.scene(index), links: links) },
            outline: streamed.outline, title: streamed.title
        )
    }
}
