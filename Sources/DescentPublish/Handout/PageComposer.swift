import DescentScene

/// Fills pages top to bottom: blocks are placed at a cursor inside the text frame, and a block
/// that does not fit the rest of the page starts a new one (unless the page is still empty, so an
/// oversized block is placed rather than looping). A page is a list of `Item`s: scene nodes, or
/// (in the handout's body) nodes and figures to be drawn when the page is painted.
struct PageComposer<Item: PageContent> {
    /// The text frame of every page.
    let frame: Rect
    /// The finished pages' content, then the current page's.
    private(set) var pages: [[Item]] = [[]]
    /// The top of the free space on the current page.
    private(set) var cursor: Double
    /// Where the content of each finished page ends.
    private var ends: [Double] = []

    init(frame: Rect) {
        self.frame = frame
        cursor = frame.minY
    }

    /// The zero-based index of the current page.
    var pageIndex: Int { pages.count - 1 }

    /// True when nothing has been placed on the current page.
    var pageIsEmpty: Bool { cursor == frame.minY }

    /// The space left on the current page.
    var remaining: Double { frame.maxY - cursor }

    /// The share of the text frame's height each page fills, the current page last.
    var filled: [Double] {
        (ends + [cursor]).map { ($0 - frame.minY) / frame.height }
    }

    /// Starts a new page unless the current one is empty.
    mutating func newPage() {
        guard !pageIsEmpty else { return }
        ends.append(cursor)
        pages.append([])
        cursor = frame.minY
    }

    /// Makes room for a block `height` tall (moving to a new page when it does not fit) and
    /// returns its top; the cursor moves below it.
    mutating func reserve(_ height: Double) -> Double {
        if height > remaining { newPage() }
        let top = cursor
        cursor += height
        return top
    }

    /// Adds vertical space, unless at the top of a page.
    mutating func skip(_ gap: Double) {
        guard !pageIsEmpty else { return }
        cursor = min(cursor + gap, frame.maxY)
    }

    /// Adds nodes to the current page.
    mutating func add(_ nodes: [SceneNode]) {
        pages[pages.count - 1] += nodes.map(Item.init)
    }

    /// Adds an item to the current page.
    mutating func add(item: Item) {
        pages[pages.count - 1].append(item)
    }
}

/// What a page of a ``PageComposer`` holds: at least scene nodes.
protocol PageContent {
    /// The item drawing `node`.
    init(_ node: SceneNode)
}

extension SceneNode: PageContent {
    init(_ node: SceneNode) { self = node }
}
