import DescentRender
import DescentScene
import Foundation
import Testing
@testable import DescentPublish

/// The page model of the shipped course's handout (every lesson in `Lessons/`, English and
/// Korean, A4), read as a reader would: numbering, markup, figure widths, page fill, keep-with-next.
@Suite(.serialized) struct CourseHandoutTests {
    /// The shipped lessons, from this file's location.
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Lessons").standardized.path
    static var paths: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted().map { "\(folder)/\($0)" }
    }

    struct Built {
        var lessons: [HandoutLesson]
        var layout: HandoutLayout
        var document: PDFDocument
    }

    /// The course's handout lessons in English and Korean, compiled once for all tests, and the
    /// names of the lessons that failed to compile.
    static let compiled: [String: (lessons: [HandoutLesson], failures: [String])] = Dictionary(uniqueKeysWithValues: ["en", "ko"].map { language in
        let (all, failures) = HandoutBuilder(language: language).lessons(paths: paths)
        return (language, (LessonNumber.course(all.map(\.name)).map { all[$0] }, failures.map(\.description)))
    })

    static func build(_ language: String) -> Built {
        let (lessons, failures) = compiled[language] ?? ([], [])
        #expect(failures.isEmpty, "\(failures)")
        let layout = HandoutLayout(style: HandoutStyle(paper: .a4), strings: .forLanguage(language), measurer: PangoTextMeasurer())
        return Built(lessons: lessons, layout: layout, document: PDFDocument(layout.document(lessons)))
    }

    static func texts(_ scene: Scene) -> [TextItem] {
        scene.root.leaves.compactMap { if case .text(let t) = $0 { t } else { nil } }
    }

    @Test(arguments: ["en", "ko"])
    func lessonsAreNumberedAsTheCurriculumAndTheExampleIsLeftOut(language: String) {
        let built = Self.build(language)
        let strings = PublishStrings.forLanguage(language)
        #expect(!built.lessons.contains { $0.name == "ravine" })
        #expect(built.lessons.count == Self.paths.count - 1)
        let all = built.document.pages.flatMap { Self.texts($0.scene).map(\.text) }
        // 18-custom-formula is lesson 18 (not its position, 28), 04a-ravine-zigzag is lesson 4a.
        #expect(all.contains(strings.lesson("18")))
        #expect(all.contains(strings.lesson("4a")))
        #expect(!all.contains(strings.lesson("28")))
    }

    /// `text` with the entities of quotes and `>` written as the characters (both are valid markup).
    static func quotesSpelledOut(_ text: String) -> String {
        text.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&gt;", with: ">")
    }

    @Test(arguments: ["en", "ko"])
    func noMarkupLeaksIntoPrint(language: String) {
        // Plain text items hold no tag. A markup item with tags is well formed (reading it again
        // changes nothing but the spelling of quotes and `>`), so Pango draws its tags instead of
        // printing the whole text raw; one without tags (`if(epoch < 1, …)`) prints as it is.
        let built = Self.build(language)
        for (index, page) in built.document.pages.enumerated() {
            for item in Self.texts(page.scene) {
                if item.markup {
                    let read = LessonMarkup(item.text)
                    guard read.tokens.contains(where: { if case .text = $0 { false } else { true } }) else { continue }
                    #expect(Self.quotesSpelledOut(read.pango) == Self.quotesSpelledOut(item.text), "page \(index + 1): \(item.text)")
                } else {
                    #expect(!["<sub>", "<sup>", "</", "&lt;", "&amp;"].contains { item.text.contains($0) }, "page \(index + 1): \(item.text)")
                }
            }
        }
        #expect(!built.document.outline.contains { entry in ["<sub>", "<sup>", "</"].contains { entry.title.contains($0) } })
    }

    @Test func everyFigureSpansTheTextWidthAndFollowsItsHeading() throws {
        let built = Self.build("en")
        let frame = built.layout.style.textFrame
        let numbers = LessonNumber.numbers(built.lessons.map(\.name))
        let body = built.layout.lessonPages(built.lessons, numbers: numbers)
        for (lesson, (number, figurePages)) in zip(built.lessons, zip(numbers, body.figurePages)) {
            for index in lesson.figures.indices {
                let name = "figure.\(number.text).\(index + 1).scene"
                let page = try #require(built.document.pages.first { !$0.scene.root.groups(where: { $0 == name }).isEmpty })
                let placed = try #require(page.scene.root.groups(where: { $0 == name }).first)
                let width = (placed.clip?.width ?? 0) * (placed.transform?.scale ?? 0)
                #expect(abs(width - frame.width) < 0.01, "\(name) is \(width) pt wide")
            }
            // Keep-with-next: the lesson's heading and settings share their page with its first figure.
            #expect(figurePages.first == body.lessonStarts[built.lessons.firstIndex { $0.name == lesson.name }!], "\(lesson.name)")
        }
    }

    @Test func noPageIsMoreThan40PercentEmptyUnlessALessonEndsThere() {
        let built = Self.build("en")
        let body = built.layout.lessonPages(built.lessons, numbers: LessonNumber.numbers(built.lessons.map(\.name)))
        let lessonEnds = Set(body.lessonStarts.dropFirst().map { $0 - 1 } + [body.pages.count - 1])
        for (index, filled) in body.filled.enumerated() where !lessonEnds.contains(index) {
            #expect(filled >= 0.6, "body page \(index + 1) is \(Int((1 - filled) * 100)) % empty")
        }
    }
}
