import DescentScene
import Testing
@testable import DescentRender

@Suite struct PDFDocumentTests {
    let painter = ScenePainter()

    static func page(_ title: String, width: Double, height: Double) -> Scene {
        Scene(size: Size(width: width, height: height), background: .white, root: SceneGroup("root", children: [
            .text(TextItem(title, at: Point(20, 40), style: TextStyle(family: SampleScene.family, size: 18))),
        ]))
    }

    static let document = PDFDocument(
        pages: [
            PDFPage(page("Contents", width: 400, height: 300), links: [
                PDFLink(rect: Rect(x: 20, y: 60, width: 100, height: 20), targetPage: 1),
                PDFLink(rect: Rect(x: 20, y: 90, width: 100, height: 20), targetPage: 2),
            ]),
            PDFPage(page("학습률", width: 500, height: 350)),
            PDFPage(page("Adam", width: 300, height: 300), links: [PDFLink(rect: Rect(x: 0, y: 0, width: 50, height: 20), targetPage: 0)]),
        ],
        outline: [
            PDFOutlineEntry(title: "Contents", page: 0),
            PDFOutlineEntry(title: "학습률 (learning rate)", page: 1),
            PDFOutlineEntry(title: "Adam", page: 2, level: 1),
        ],
        title: "Descent"
    )

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    static func count(_ needle: String, in text: String) -> Int { text.split(separator: needle, omittingEmptySubsequences: false).count - 1 }

    @Test func writesEveryPageAtItsOwnSize() throws {
        let pdf = Self.text(try painter.renderPDF(Self.document))
        #expect(pdf.hasPrefix("%PDF-"))
        #expect(pdf.hasSuffix("%%EOF\n"))
        #expect(pdf.contains("/Type /Pages"))
        #expect(pdf.contains("/Count 3"))
        #expect(pdf.contains("/MediaBox [ 0 0 400 300 ]"))
        #expect(pdf.contains("/MediaBox [ 0 0 500 350 ]"))
        #expect(pdf.contains("/MediaBox [ 0 0 300 300 ]"))
    }

    @Test func addsLinksAndOutline() throws {
        let pdf = Self.text(try painter.renderPDF(Self.document))
        #expect(Self.count("/Subtype /Link", in: pdf) == 3)
        // Every link names a destination that the document defines (forward links included).
        for name in ["page1", "page2", "page3"] {
            #expect(pdf.contains("/Dest (\(name))"))
            #expect(pdf.contains("(\(name)) ["))
        }
        #expect(pdf.contains("/Type /Outlines"))
        #expect(Self.count("/Title", in: pdf) >= 3)
    }

    @Test func isDeterministic() throws {
        let first = try painter.renderPDF(Self.document)
        #expect(try ScenePainter().renderPDF(Self.document) == first)
    }

    @Test func singlePagePDFIsAOnePageDocument() throws {
        let scene = Self.page("one", width: 200, height: 100)
        #expect(try painter.render(scene, format: .pdf) == painter.renderPDF(PDFDocument(pages: [PDFPage(scene)])))
    }

    /// A streamed document makes each page's scene once, in page order, as it paints it, and
    /// gives the bytes of the same pages made up front.
    @Test func streamedPagesAreMadeOneAtATimeAsTheyArePainted() throws {
        final class Calls: @unchecked Sendable { var made: [Int] = [] }
        let calls = Calls()
        let pages = Self.document.pages
        let streamed = StreamedPDF(links: pages.map(\.links), outline: Self.document.outline, title: Self.document.title) { index in
            calls.made.append(index)
            return pages[index].scene
        }
        #expect(calls.made.isEmpty)
        #expect(try painter.renderPDF(streamed) == painter.renderPDF(Self.document))
        #expect(calls.made == [0, 1, 2])
    }

    static let invalid: [PDFDocument] = [
        PDFDocument(pages: []),
        PDFDocument(pages: [PDFPage(page("a", width: 10, height: 10), links: [PDFLink(rect: Rect(x: 0, y: 0, width: 5, height: 5), targetPage: 1)])]),
        PDFDocument(pages: [PDFPage(page("a", width: 10, height: 10), links: [PDFLink(rect: Rect(x: .nan, y: 0, width: 5, height: 5), targetPage: 0)])]),
        PDFDocument(pages: [PDFPage(page("a", width: 10, height: 10))], outline: [PDFOutlineEntry(title: "x", page: 3)]),
        PDFDocument(pages: [PDFPage(page("a", width: 10, height: 10))], outline: [PDFOutlineEntry(title: "x", page: 0, level: 1)]),
        PDFDocument(pages: [PDFPage(page("a", width: 10, height: 10))], outline: [
            PDFOutlineEntry(title: "x", page: 0), PDFOutlineEntry(title: "y", page: 0, level: 2),
        ]),
    ]

    @Test(arguments: invalid)
    func rejectsInconsistentDocuments(document: PDFDocument) {
        let error = #expect(throws: RenderError.self) { try painter.renderPDF(document) }
        guard case .invalidDocument = error else {
            Issue.record("expected invalidDocument, got \(String(describing: error))")
            return
        }
    }

    @Test func writesDocumentFile() throws {
        let root = try ScratchFolder.make()
        defer { ScratchFolder.remove(root) }
        try painter.writePDF(Self.document, to: "\(root)/book/descent.pdf")
        #expect(ScratchFolder.contents(of: "\(root)/book/descent.pdf") == (try painter.renderPDF(Self.document)))
        #expect(ScratchFolder.entries(of: "\(root)/book") == ["descent.pdf"])
    }
}
