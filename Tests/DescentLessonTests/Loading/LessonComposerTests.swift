import Foundation
import Testing
import Yams
@testable import DescentLesson

/// The YAML layer of loading: duplicate keys, invalid UTF-8, deep nesting and alias bombs are
/// each one located problem, and none of them hides the others or crashes the loader.
@Suite("Lesson composer")
struct LessonComposerTests {
    /// A duplicate key is reported at its second occurrence; the reader still runs, so the unknown
    /// key and the bad `lr` below are reported too.
    @Test func duplicateKeysDoNotHideOtherProblems() {
        let yaml = """
        title: T
        surface: bowl
        stpes: 10
        runs:
          - {optimizer: sgd, lr: -1, lr: 0.1}
        title: U
        """
        #expect(Fixtures.diagnostics(yaml).map(\.description) == [
            "Lessons/test.yaml:3:1: error: unknown key 'stpes'; did you mean 'steps'?",
            "Lessons/test.yaml:5:26: error: 'lr' must be a positive number, not -1.0",
            "Lessons/test.yaml:5:30: error: the key 'lr' appears more than once in this map; it is first given at line 5, column 22",
            "Lessons/test.yaml:6:1: error: the key 'title' appears more than once in this map; it is first given at line 1, column 1",
        ])
    }

    /// A byte that is not UTF-8 (0xFF) on line 4, after `  - {` (5 characters) and a Korean
    /// syllable on line 1 (one scalar, three bytes): reported at 4:6.
    @Test func invalidUTF8IsReportedAtItsLineAndColumn() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("descent-composer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bad.yaml").path
        let bytes = Array("title: 경\nsurface: bowl\nruns:\n  - {".utf8) + [0xFF] + Array("optimizer: sgd, lr: 0.1}\n".utf8)
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        #expect(throws: LessonLoadError(diagnostics: [
            Diagnostic(file: path, line: 4, column: 6, message: "the lesson file is not UTF-8 text here; save it as UTF-8"),
        ])) {
            try Fixtures.loader.load(path: path)
        }
    }

    @Test(arguments: [
        ([0x61, 0xC0, 0x80], 2), ([0x61, 0xED, 0xA0, 0x80], 2), ([0x61, 0xE2, 0x82], 2), ([0xF4, 0x90, 0x80, 0x80], 1),
    ])
    func rejectsOverlongSurrogateAndTruncatedSequences(bytes: [UInt8], column: Int) {
        #expect(LessonLoader.firstInvalidUTF8(in: bytes)?.column == column)
        #expect(LessonLoader.firstInvalidUTF8(in: Array("a€경😀\n".utf8)) == nil)
    }

    /// Nesting would make every later stage recurse once per level: 100 block maps are stopped at
    /// level 65, the map under `k62`, which starts with `k63` on line 67 (indented 63 spaces).
    @Test func deepNestingStopsAtTheLimit() {
        var yaml = "title: T\nsurface: bowl\nruns:\n"
        for level in 0..<100 { yaml += String(repeating: " ", count: level) + "k\(level):\n" }
        #expect(Fixtures.diagnostics(yaml) == [
            Diagnostic(file: Fixtures.file, line: 67, column: 64, message: "lists and maps are nested deeper than 64 levels here"),
        ])
    }

    /// 10,000 nested flow lists: libyaml's own nesting limit (1000) stops them where they start,
    /// with the same message.
    @Test func deepFlowNestingIsStopped() {
        let yaml = "title: T\nsurface: bowl\nruns: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(Fixtures.diagnostics(yaml) == [
            Diagnostic(file: Fixtures.file, line: 3, column: 8, message: "lists and maps are nested deeper than 64 levels here"),
        ])
    }

    /// 100 nested flow lists: past our limit, within libyaml's. The root map is level 1, so the
    /// 64th '[' (column 6 + 64 = 70) opens level 65.
    @Test func flowNestingPastOurLimit() {
        let yaml = "title: T\nsurface: bowl\nruns: " + String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(Fixtures.diagnostics(yaml) == [
            Diagnostic(file: Fixtures.file, line: 3, column: 70, message: "lists and maps are nested deeper than 64 levels here"),
        ])
    }

    /// Nine anchors, each a list of ten aliases of the one before, stand for 10^9 values in about
    /// 300 bytes. Counting stops at the alias that passes 200,000 values.
    @Test func aliasBombsStopAtTheLimit() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 {
            yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let diagnostics = Fixtures.diagnostics(yaml)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.message == "this file stands for more than 200000 values once its aliases are expanded; a lesson needs far fewer (is an anchor repeated inside itself?)")
        // a4 (line 5) is a list of ten aliases of a3, each 11,111 values; a5 (line 6) crosses 200,000.
        #expect(diagnostics.first?.line == 6)
    }

    @Test func aSecondDocumentIsAnError() {
        #expect(Fixtures.diagnostics(Fixtures.lesson() + "\n---\ntitle: U\n") == [
            Diagnostic(file: Fixtures.file, line: 6, column: 1, message: "a lesson file holds one YAML document; remove this second one (or its '---')"),
        ])
    }

    @Test func syntaxErrorsKeepLibyamlsWords() {
        let diagnostics = Fixtures.diagnostics("title: T\nsurface: [bowl\nruns: []\n")
        #expect(diagnostics.map(\.line) == [3])
        #expect(diagnostics.first?.message.hasPrefix("YAML syntax: did not find expected ',' or ']'") == true)
    }

    /// The marks made for Yams nodes equal the ones Yams makes itself.
    @Test func marksMatchYams() throws {
        let yaml = "title: T\nruns:\n  - {optimizer: sgd, lr: 0.1}\n"
        var composer = LessonComposer(file: "x")
        let ours = try composer.compose(yaml)
        let theirs = try Yams.compose(yaml: yaml)
        func marks(_ node: Node?) -> [String] {
            guard let node else { return [] }
            var result = [node.mark?.description ?? "-"]
            switch node {
            case .mapping(let map): for (key, value) in map { result += marks(key) + marks(value) }
            case .sequence(let items): for item in items { result += marks(item) }
            default: break
            }
            return result
        }
        #expect(marks(ours) == marks(theirs))
        #expect(marks(ours).count == 10)
        #expect(ours == theirs)
    }
}
