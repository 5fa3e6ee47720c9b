import DescentPlot
import DescentRender
import DescentScene

/// Lays out the handout: lessons in, page scenes with links and the PDF outline out.
///
/// Page 1 is the cover, then the table of contents, then each lesson from a new page: a label
/// (`Lesson 4a`, the curriculum's number, see ``LessonNumber``), the title, the goal, the settings
/// table and the numbered figures (`Figure 4a.2`) with their captions. Figures are placed as
/// vector groups named `figure.<lesson>.<figure>` across the text width, at most
/// `style.maximumFigureHeight` of the text height tall. A figure with its caption that does not fit
/// the rest of a page is made less tall to fill it, down to ``HandoutFigure/minimumShrink(_:)``
/// of its height, else it starts the next page. Every page but the cover has its number centered
/// in the footer (group `footer`). A pure function of its inputs.
public struct HandoutLayout {
    /// Page geometry and typography.
    public let style: HandoutStyle
    /// The words around the lessons' text.
    public let strings: PublishStrings
    /// Measures text as it will be drawn.
    public let measurer: any TextMeasuring

    /// Creates a layout.
    public init(style: HandoutStyle, strings: PublishStrings, measurer: any TextMeasuring) {
        self.style = style
        self.strings = strings
        self.measurer = measurer
    }

    /// Gap between a figure and its caption, and after the caption.
    static let captionGap = 6.0
    static let figureGap = 16.0

    /// The handout of `lessons` as a PDF document: pages, links from the contents to the lessons,
    /// and bookmarks (the contents, then one per lesson with its figures nested under it). The
    /// lessons' pages are placed now and their figures laid out when each page is painted, so a
    /// writer holds one page's figures at a time.
    public func document(_ lessons: [HandoutLesson]) -> StreamedPDF {
        let numbers = LessonNumber.numbers(lessons.map(\.name))
        let body = lessonPages(lessons, numbers: numbers)
        let contents = ContentsPages(style: style, strings: strings, measurer: measurer)
        let contentCount = contents.pages(zip(lessons, numbers).map { ($1.text, $0.title, 0) }).count
        let offset = 1 + contentCount
        let tocPages = contents.pages(zip(zip(lessons, numbers), body.lessonStarts).map { ($0.1.text, $0.0.title, $1 + offset) })

        let cover = CoverPage(style: style, strings: strings, measurer: measurer).nodes(lessonCount: lessons.count)
        var front = [PDFPage(scene(cover, number: nil))]
        for (index, page) in tocPages.enumerated() {
            front.append(PDFPage(scene(page.nodes, number: 2 + index), links: page.links))
        }

        var outline = [PDFOutlineEntry(title: strings.contents, page: 1)]
        for (index, lesson) in lessons.enumerated() {
            let title = LessonMarkup(lesson.title).plain
            outline.append(PDFOutlineEntry(title: "\(numbers[index].text). \(title)", page: body.lessonStarts[index] + offset))
            for (figureIndex, figure) in lesson.figures.enumerated() {
                let label = strings.figure(numbers[index].text, figureIndex + 1)
                let title = figure.caption.map { "\(label): \(Self.shortened(LessonMarkup($0).plain))" } ?? label
                outline.append(PDFOutlineEntry(title: title, page: body.figurePages[index][figureIndex] + offset, level: 1))
            }
        }
        let links = front.map(\.links) + body.pages.map { _ in [] }
        return StreamedPDF(links: links, outline: outline, title: "\(strings.courseTitle) (\(strings.edition))") { index in
            guard index >= offset else { return front[index].scene }
            return scene(body.pages[index - offset].flatMap(nodes), number: index + 1)
        }
    }

    /// The nodes that draw an item of a body page: a figure is laid out now.
    func nodes(_ item: HandoutPageItem) -> [SceneNode] {
        switch item {
        case .node(let node):
            return [node]
        case .figure(let placed):
            let frame = style.textFrame
            let (scene, scale) = printed(placed.figure, height: placed.height)
            let left = frame.minX + (frame.width - scene.size.width * scale) / 2
            return [.group(SceneGroup(placed.name, children: [
                .group(scene.placed("\(placed.name).scene", at: Point(left, placed.top), scale: scale)),
                placed.caption,
            ]))]
        }
    }

    /// A page: white background, the content, and the page number in the footer when given.
    func scene(_ nodes: [SceneNode], number: Int?) -> Scene {
        var children = nodes
        if let number {
            let size = style.pageSize
            let footer = TextItem("\(number)", at: Point(size.width / 2, size.height - style.margin / 2), horizontal: .center, vertical: .center, style: style.footer)
            children.append(.group(SceneGroup("footer", children: [.text(footer)])))
        }
        return Scene(size: style.pageSize, background: .white, root: SceneGroup("page", children: children))
    }

    /// The lessons' pages, the index (among them) of each lesson's first page and of each figure's
    /// page, and the share of the text height each page fills.
    func lessonPages(_ lessons: [HandoutLesson], numbers: [LessonNumber]) -> (pages: [[HandoutPageItem]], lessonStarts: [Int], figurePages: [[Int]], filled: [Double]) {
        var composer = PageComposer<HandoutPageItem>(frame: style.textFrame)
        var starts: [Int] = []
        var figurePages: [[Int]] = []
        for (lesson, number) in zip(lessons, numbers) {
            composer.newPage()
            starts.append(composer.pageIndex)
            figurePages.append(place(lesson, number: number, on: &composer))
        }
        return (composer.pages, starts, figurePages, composer.filled)
    }

    /// Places one lesson from the cursor on; returns the page index of each figure.
    func place(_ lesson: HandoutLesson, number: LessonNumber, on composer: inout PageComposer<HandoutPageItem>) -> [Int] {
        let frame = style.textFrame
        let width = frame.width
        composer.place(TextBlock(strings.label(number), style: style.kicker, width: width, measurer: measurer))
        composer.skip(4)
        composer.place(TextBlock(lesson.title, markup: true, style: style.heading, width: width, measurer: measurer))
        composer.skip(8)
        let ruleTop = composer.reserve(1)
        composer.add([.shape(ShapeItem(
            Path(polyline: [Point(frame.minX, ruleTop), Point(frame.maxX, ruleTop)]),
            stroke: StrokeStyle(color: HandoutStyle.rule, width: 0.8, cap: .butt)
        ))])
        composer.skip(12)
        if let goal = lesson.goal, !goal.isEmpty {
            let markup = "<b>\(Markup.escaped(strings.goal))</b> \(goal)"
            composer.place(TextBlock(markup, markup: true, style: style.body, width: width, alignment: .leading, measurer: measurer))
            composer.skip(14)
        }
        placeSettings(lesson.settings, on: &composer)
        composer.skip(Self.figureGap)
        return lesson.figures.enumerated().map { figureIndex, figure in
            place(figure, label: strings.figure(number.text, figureIndex + 1), name: "figure.\(number.text).\(figureIndex + 1)", on: &composer)
        }
    }

    /// The settings heading, the surface line, the line of what every run shares and the table
    /// of what differs (``LessonSettings/printed``), kept together with at least the table's first
    /// rows (three, or all when fewer); a table taller than the rest of the page goes on over the
    /// next pages, its header repeated on each.
    func placeSettings(_ settings: LessonSettings, on composer: inout PageComposer<HandoutPageItem>) {
        let width = style.textFrame.width
        let x = style.textFrame.minX
        let heading = TextBlock(strings.settings, style: style.subheading, width: width, measurer: measurer)
        var lineStyle = style.table
        lineStyle.size = style.table.size + 0.5
        let printed = settings.printed
        var lines = ["<b>\(Markup.escaped(strings.surface)):</b> \(settings.surface)"]
        if !printed.shared.isEmpty {
            let items = printed.shared.map { shared in
                LessonSettings.selfNamedColumns.contains(shared.column) ? shared.value : "\(Markup.escaped(strings.columns[shared.column])): \(shared.value)"
            }
            lines.append("<b>\(Markup.escaped(strings.allRuns)):</b> " + items.joined(separator: " \u{00B7} "))
        }
        let blocks = lines.map { TextBlock($0, markup: true, style: lineStyle, width: width, measurer: measurer) }
        let header = printed.columns.map { strings.columns[$0] }
        let table = SettingsTable(header: header, rows: printed.rows, width: width, style: style.table, measurer: measurer)
        let lead = heading.height + 4 + blocks.reduce(0) { $0 + $1.height + 3 } + 3
        let kept = min(3, table.rows.count)
        if lead + table.height(0..<kept) > composer.remaining { composer.newPage() }
        let top = composer.reserve(lead)
        var y = top + heading.height + 4, nodes = [heading.node(x: x, top: top)]
        for block in blocks {
            nodes.append(block.node(x: x, top: y))
            y += block.height + 3
        }
        composer.add([.group(SceneGroup("settings", children: nodes))])
        var start = 0
        repeat {
            if start > 0 { composer.newPage() }
            let rows = start..<start + table.rowsFitting(from: start, height: composer.remaining)
            let rowsTop = composer.reserve(table.height(rows))
            composer.add([.group(SceneGroup(
                "settings.table", transform: SceneTransform(offset: Point(x, rowsTop)), children: table.part(rows)
            ))])
            start = rows.upperBound
        } while start < table.rows.count
    }

    /// Places a figure across the text width with its caption below (less tall to fill the rest
    /// of the page, or on the next page); returns the page it landed on. The figure is laid out
    /// when its page is painted (``nodes(_:)``).
    func place(_ figure: HandoutFigure, label: String, name: String, on composer: inout PageComposer<HandoutPageItem>) -> Int {
        let frame = style.textFrame
        let captionMarkup = "<b>\(Markup.escaped(label))</b>" + (figure.caption.map { "\u{2003}" + $0 } ?? "")
        let caption = TextBlock(captionMarkup, markup: true, style: style.caption, width: frame.width, measurer: measurer)
        var height = style.figureHeight(figure.size, drawsMaps: figure.drawsMaps)
        let below = Self.captionGap + caption.height
        if height + below > composer.remaining, !composer.pageIsEmpty {
            let fill = composer.remaining - below
            if fill >= height * figure.minimumShrink(style) { height = fill } else { composer.newPage() }
        }
        let top = composer.reserve(height + below)
        composer.add(item: .figure(PlacedFigure(
            name: name, figure: figure, top: top, height: height, caption: caption.node(x: frame.minX, top: top + height + Self.captionGap)
        )))
        let page = composer.pageIndex
        composer.skip(Self.figureGap)
        return page
    }

    /// The scene of a figure printed `height` tall, and the scale it is placed at: a plot laid out
    /// at the text width and that height divided by `style.figureScale` (so its labels print
    /// smaller than they are laid out; squeezed maps first, ``PaperArrangement/squeezed(_:to:)``),
    /// a scene scaled to fit both.
    func printed(_ figure: HandoutFigure, height: Double) -> (scene: Scene, scale: Double) {
        let width = style.textFrame.width
        switch figure.content {
        case .scene(let scene):
            return (scene, Self.fitted(scene.size, width: width, height: height))
        case .storyboard(let animation):
            let scene = Storyboard.scene(animation, layout: FigureLayout(measurer: measurer))
            return (scene, Self.fitted(scene.size, width: width, height: height))
        case .plot(let plot):
            let size = Size(width: width / style.figureScale, height: height / style.figureScale)
            var fitted = PaperArrangement.squeezed(plot, to: size)
            fitted.size = size
            return (FigureLayout(measurer: measurer).scene(for: fitted), style.figureScale)
        }
    }

    /// The scale that fits `size` within `width` x `height`.
    static func fitted(_ size: Size, width: Double, height: Double) -> Double {
        max(0, min(width / size.width, height / size.height))
    }

    /// The first 60 characters of `text`, cut at a space, with an ellipsis when cut.
    static func shortened(_ text: String) -> String {
        guard text.count > 60 else { return text }
        let head = text.prefix(60)
        let cut = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return cut + "\u{2026}"
    }
}

/// What a page of the handout's body holds: nodes drawn as they are, and figures laid out only
/// when their page is painted.
enum HandoutPageItem: PageContent {
    case node(SceneNode)
    case figure(PlacedFigure)

    init(_ node: SceneNode) { self = .node(node) }
}

/// A figure placed on a handout page, `height` tall from `top` across the text width, with its
/// caption's node below.
struct PlacedFigure {
    /// The figure's group name, `figure.<lesson>.<figure>`.
    var name: String
    var figure: HandoutFigure
    var top: Double
    var height: Double
    var caption: SceneNode
}
