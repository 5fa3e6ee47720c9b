import DescentScene
import Foundation
import Testing
@testable import DescentPublish

@Suite struct HandoutBuilderTests {
    /// The shipped ravine lesson, from this file's location.
    static let ravine = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../Lessons/ravine.yaml").standardized.path

    @Test(arguments: ["en", "ko"])
    func writesTheShippedLessonAsAPDF(language: String) throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("descent-handout-\(UUID().uuidString).pdf").path
        defer { try? FileManager.default.removeItem(atPath: output) }
        let report = try HandoutBuilder(language: language, paper: .letter).write(paths: [Self.ravine, "/nonexistent.yaml"], to: output)
        #expect(report.path == output)
        #expect(report.lessons == 1)
        #expect(report.failures.count == 1)
        // Cover, contents, and the lesson (its one layout figure fits its first page).
        #expect(report.pages == 3)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(bytes.starts(with: Array("%PDF-".utf8)))
    }

    @Test func approximateMeasurersWrapWordByWord() {
        // 6 pt per character, lines 12 pt: "aaa bbb" (42 pt) fits 50 pt, "aaa bbb ccc" (66 pt)
        // does not, so two lines: 42 pt wide, 24 pt tall.
        struct Fixed: TextMeasuring {
            func measure(_ text: String, markup: Bool, style: TextStyle) -> TextExtent {
                TextExtent(width: 6 * Double(text.count), height: 12, baseline: 9)
            }
        }
        let extent = Fixed().measure("aaa bbb ccc", markup: false, style: TextStyle(size: 10), wrapWidth: 50)
        #expect(extent == TextExtent(width: 42, height: 24, baseline: 9))
    }
}
