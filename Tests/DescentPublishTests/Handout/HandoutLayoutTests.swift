import DescentRender
import DescentScene
import Testing
@testable import DescentPublish

@Suite struct HandoutLayoutTests {
    static let style = HandoutStyle(paper: .a4)
    /// A layout with its own Pango measurer (measurers are not shared between tests).
    static func layout(_ strings: PublishStrings = .english) -> HandoutLayout {
        HandoutLayout(style: style, strings: strings, measurer: PangoTextMeasurer())
    }

    /// Texts of every text item of a page, depth first.
    static func texts(_ page: PDFPage) -> [String] {
        page.scene.root.leaves.compactMap { if case .text(let t) = $0 { t.text } else { nil } }
    }

    static func pageIndex(ofFigure name: String, in document: PDFDocument) -> Int? {
        document.pages.firstIndex { !$0.scene.root.groups(where: { $0 == name }).isEmpty }
    }

    /// What every run shares is one line above the table: each shared column after its heading,
    /// but the noise and parameter cells, which name their keys, as they are.
    @Test func sharedSettingsAreOneLineAboveTheTable() {
        var lesson = Fixtures.lesson(1, figures: 1)
        lesson.settings.rows = [
            ["a", "sgd", "0.1", "constant", "\u{2013}", "noise = 0.3", "60", "(0, 1)"],
            ["b", "sgd", "0.2", "constant", "\u{2013}", "noise = 0.3", "60", "(0, 1)"],
        ]
        let texts = Self.texts(PDFDocument(Self.layout().document([lesson])).pages[2])
        #expect(texts.contains("<b>All runs:</b> Optimizer: sgd \u{00B7} Schedule: constant \u{00B7} noise = 0.3 \u{00B7} Steps: 60 \u{00B7} Start: (0, 1)"), "\(texts)")
    }

    @Test func a4TextFrameHasTwoCentimeterMargins() {
        // A4 is 210 x 297 mm = 595.2756 x 841.8898 pt; 2 cm = 56.6929 pt.
        let frame = Self.style.textFrame
        #expect(abs(frame.x - 56.692913385826770) < 1e-9)
        #expect(abs(frame.width - (595.27559055118110 - 2 * 56.692913385826770)) < 1e-9)
        #expect(abs(frame.height - (841.88976377952760 - 2 * 56.692913385826770)) < 1e-9)
    }

    @Test func coverContentsAndOnePagePerShortLesson() {
        // Three lessons of one slide figure each: cover, one contents page, then one page each.
        let document = PDFDocument(Self.layout().document((1...3).map { Fixtures.lesson($0, figures: 1) }))
        #expect(document.pages.count == 5)
        #expect(!document.pages[0].scene.root.groups(where: { $0 == "cover" }).isEmpty)
        #expect(Self.texts(document.pages[1]).contains("Contents"))
    }

    @Test func contentsHasOneLinkedEntryPerLessonPointingAtItsFirstPage() throws {
        let lessons = [Fixtures.lesson(1, figures: 3), Fixtures.lesson(2, figures: 1), Fixtures.lesson(3, figures: 4)]
        let document = PDFDocument(Self.layout().document(lessons))
        let contents = document.pages[1]
        #expect(contents.scene.root.groups(where: { $0.hasPrefix("toc.entry.") }).count == 3)
        #expect(contents.links.count == 3)
        for (index, link) in contents.links.enumerated() {
            // The linked page is the one that shows the lesson's title, and its first figure is on it.
            let target = document.pages[link.targetPage]
            #expect(Self.texts(target).contains("Lesson title \(index + 1)"))
            #expect(Self.pageIndex(ofFigure: "figure.\(index + 1).1", in: document) == link.targetPage)
            // The entry prints the page number the footer of that page shows (index + 1).
            let entry = try #require(contents.scene.root.groups(where: { $0 == "toc.entry.\(index + 1)" }).first)
            let texts = entry.leaves.compactMap { if case .text(let t) = $0 { t.text } else { nil } }
            #expect(texts.contains("\(link.targetPage + 1)"))
        }
    }

    @Test func everyPageButTheCoverHasItsNumberInTheFooter() throws {
        let document = PDFDocument(Self.layout().document([Fixtures.lesson(1, figures: 5), Fixtures.lesson(2, figures: 2)]))
        #expect(document.pages[0].scene.root.groups(where: { $0 == "footer" }).isEmpty)
        for (index, page) in document.pages.enumerated().dropFirst() {
            let footer = try #require(page.scene.root.groups(where: { $0 == "footer" }).first)
            guard case .text(let number) = footer.children.first else {
                Issue.record("footer of page \(index + 1) has no text")
                continue
            }
            #expect(number.text == "\(index + 1)")
            // Centered in the bottom margin: x = 595.2756 / 2, y = 841.8898 - 56.6929 / 2.
            #expect(abs(number.position.x - 297.63779527559055) < 1e-9)
            #expect(abs(number.position.y - 813.54330708661420) < 1e-9)
        }
    }

    @Test func figuresAreVectorGroupsScaledToTheTextWidth() throws {
        let document = PDFDocument(Self.layout().document([Fixtures.lesson(1, figures: 2)]))
        for name in ["figure.1.1", "figure.1.2"] {
            let page = try #require(Self.pageIndex(ofFigure: name, in: document))
            let placed = try #require(document.pages[page].scene.root.groups(where: { $0 == "\(name).scene" }).first)
            let transform = try #require(placed.transform)
            // 800 pt wide slide into the 481.89 pt text width: scale 481.8898 / 800 (its height,
            // 271.1 pt, is under 60% of the 728.5 pt text height).
            #expect(abs(transform.scale - (595.27559055118110 - 2 * 56.692913385826770) / 800) < 1e-12)
            #expect(abs(transform.offset.x - 56.692913385826770) < 1e-9)
            // The figure is its scene, not a raster: no image node outside it on the page.
            #expect(placed.clip == Rect(x: 0, y: 0, width: 800, height: 450))
            #expect(placed.children.contains(.group(Fixtures.slide().root)))
        }
        for page in document.pages {
            #expect(!page.scene.root.leaves.contains { if case .image = $0 { true } else { false } })
        }
    }

    @Test func aFigureThatDoesNotFitMovesToTheNextPage() throws {
        // A slide figure takes 271.1 pt plus its caption and gaps (about 300 pt). After the
        // lesson's label, heading, goal and settings (about 200 pt) and figure 1, less than that is
        // left of the 728.5 pt text frame, so figure 2 starts the next page at the frame's top;
        // figure 3 fits below it.
        let document = PDFDocument(Self.layout().document([Fixtures.lesson(1, figures: 3)]))
        let first = try #require(Self.pageIndex(ofFigure: "figure.1.1", in: document))
        #expect(Self.pageIndex(ofFigure: "figure.1.2", in: document) == first + 1)
        #expect(Self.pageIndex(ofFigure: "figure.1.3", in: document) == first + 1)
        let second = try #require(document.pages[first + 1].scene.root.groups(where: { $0 == "figure.1.2.scene" }).first)
        let third = try #require(document.pages[first + 1].scene.root.groups(where: { $0 == "figure.1.3.scene" }).first)
        let top = try #require(second.transform?.offset.y)
        #expect(abs(top - Self.style.textFrame.minY) < 1e-9)
        #expect(try #require(third.transform?.offset.y) > top + 271)
    }

    @Test func eachLessonStartsOnANewPage() {
        // A lesson with one figure leaves most of its page empty; the next still starts a new page.
        let document = PDFDocument(Self.layout().document([Fixtures.lesson(1, figures: 1), Fixtures.lesson(2, figures: 1)]))
        #expect(Self.pageIndex(ofFigure: "figure.1.1", in: document) == 2)
        #expect(Self.pageIndex(ofFigure: "figure.2.1", in: document) == 3)
    }

    @Test func outlineHasTheContentsThenLessonsWithTheirFiguresNested() {
        let document = PDFDocument(Self.layout().document([Fixtures.lesson(1, figures: 3), Fixtures.lesson(2, figures: 1)]))
        let outline = document.outline
        #expect(outline.map(\.level) == [0, 0, 1, 1, 1, 0, 1])
        #expect(outline[0] == PDFOutlineEntry(title: "Contents", page: 1))
        #expect(outline[1].title == "1. Lesson title 1" && outline[1].page == 2)
        #expect(outline[2].title == "Figure 1.1: Caption 1.")
        #expect(outline[4].page == 3)
        #expect(outline[5].title == "2. Lesson title 2" && outline[5].page == 4)
        #expect(document.title == "Optimization in Deep Learning (English edition)")
    }

    @Test func captionsAreNumberedPerLesson() throws {
        let document = PDFDocument(Self.layout(.korean).document([Fixtures.lesson(1, figures: 1), Fixtures.lesson(2, figures: 2)]))
        let all = document.pages.flatMap(Self.texts)
        #expect(all.contains("<b>그림 2.2</b>\u{2003}Caption 2."))
        #expect(all.contains("2강"))
    }

    @Test func aTableTallerThanAPageGoesOnOverTheNextWithItsHeader() throws {
        // 120 rows of about 15.7 pt (8.5 pt text, 2.5 pt padding each side) are about 1900 pt,
        // two and a half 728.5 pt text frames: the table takes three pages, each part starting
        // with the header row (Run and lr: the other columns every run shares are stated once
        // above it), and every run's row is printed once.
        var lesson = Fixtures.lesson(1, figures: 1)
        lesson.settings.rows = (1...120).map { ["run \($0)", "sgd", "0.\($0)", "constant", "\u{2013}", "\u{2013}", "60", "(0, 1)"] }
        let document = PDFDocument(Self.layout().document([lesson]))
        let parts = document.pages.map { $0.scene.root.groups(where: { $0 == "settings.table" }).count }
        #expect(parts.filter { $0 > 0 }.count == 3)
        let texts = document.pages.flatMap(Self.texts)
        #expect(texts.filter { $0 == "lr" }.count == 3 && !texts.contains("Optimizer"))
        #expect((1...120).allSatisfy { n in texts.filter { $0 == "run \(n)" }.count == 1 })
        // A fixed scene is not made less tall: it follows the table on the last part's page if it
        // fits there, else at the top of the next page.
        let last = try #require(parts.lastIndex { $0 > 0 })
        let figure = try #require(Self.pageIndex(ofFigure: "figure.1.1", in: document))
        #expect(figure == last || figure == last + 1)
    }

    @Test func columnsTakeTheWidthTheirCellsNeed() {
        // Natural widths 10, 20, 300, 400 in 400 pt: 10 and 20 fit their equal shares (100, then
        // 130), the two wide ones share the remaining 370 pt equally.
        #expect(SettingsTable.widths(natural: [10, 20, 300, 400], total: 400) == [10, 20, 185, 185])
        // Everything fits (total 100 of 200): widths grow in proportion.
        #expect(SettingsTable.widths(natural: [20, 30, 50], total: 200) == [40, 60, 100])
    }

    @Test func theDocumentRendersAsAPDF() throws {
        let document = PDFDocument(Self.layout(.korean).document([Fixtures.lesson(1, figures: 2)]))
        let bytes = try ScenePainter().renderPDF(document)
        #expect(bytes.starts(with: Array("%PDF-".utf8)))
    }
}
