import DescentRender
import DescentScene

/// The table of contents: one row per lesson (number, title, dotted leader, page number), each
/// row a link to the lesson's first page. Titles are Pango markup.
struct ContentsPages {
    let style: HandoutStyle
    let strings: PublishStrings
    let measurer: any TextMeasuring

    /// Width of the lesson-number column.
    static let numberColumn = 26.0
    /// Width kept free for the page number.
    static let pageColumn = 36.0
    /// Space between rows.
    static let rowGap = 7.0

    /// The pages' nodes and links; `entries` gives each lesson's number, title and the index of the
    /// page it starts on (which is also what the link opens; the printed number is the index plus
    /// one).
    func pages(_ entries: [(number: String, title: String, page: Int)]) -> [(nodes: [SceneNode], links: [PDFLink])] {
        var composer = PageComposer<SceneNode>(frame: style.textFrame)
        let frame = style.textFrame
        composer.place(TextBlock(strings.contents, style: style.heading, width: frame.width, measurer: measurer))
        composer.skip(18)
        var links: [[PDFLink]] = [[]]
        var text = style.body
        text.size = 11
        var number = text
        number.color = HandoutStyle.accent
        number.weight = .bold
        let titleWidth = frame.width - Self.numberColumn - Self.pageColumn
        let lineHeight = measurer.measure("Ag", markup: false, style: text).height
        for (index, entry) in entries.enumerated() {
            let block = TextBlock(entry.title, markup: true, style: text, width: titleWidth, measurer: measurer)
            let top = composer.reserve(block.height)
            while links.count <= composer.pageIndex { links.append([]) }
            let baseline = top + measurer.measure("Ag", markup: false, style: text).baseline
            var row: [SceneNode] = [
                .text(TextItem(entry.number, at: Point(frame.minX, baseline), style: number)),
                block.node(x: frame.minX + Self.numberColumn, top: top),
                .text(TextItem("\(entry.page + 1)", at: Point(frame.maxX, top + block.height - lineHeight + (baseline - top)), horizontal: .trailing, style: text)),
            ]
            let single = block.height < lineHeight * 1.5
            let titleEnd = frame.minX + Self.numberColumn + measurer.measure(entry.title, markup: true, style: text, wrapWidth: titleWidth).width
            let leaderEnd = frame.maxX - measurer.measure("\(entry.page + 1)", markup: false, style: text).width - 6
            if single, leaderEnd - titleEnd > 18 {
                row.append(.shape(ShapeItem(
                    Path(polyline: [Point(titleEnd + 6, baseline), Point(leaderEnd, baseline)]),
                    stroke: StrokeStyle(color: HandoutStyle.muted, width: 0.9, dash: [0.01, 3.2], cap: .round)
                )))
            }
            composer.add([.group(SceneGroup("toc.entry.\(index + 1)", children: row))])
            links[composer.pageIndex].append(PDFLink(rect: Rect(x: frame.minX, y: top - 2, width: frame.width, height: block.height + 4), targetPage: entry.page))
            composer.skip(Self.rowGap)
        }
        return composer.pages.enumerated().map { index, nodes in (nodes, index < links.count ? links[index] : []) }
    }
}
