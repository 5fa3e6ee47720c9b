import DescentNumerics
import Foundation
import Testing
@testable import DescentLesson

/// Replays every input kept in Fuzz/Regressions (crashes found by scripts/fuzz, and the crashes of
/// issue 9): each must now load, or fail with located problems, within seconds.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Fuzz/Regressions").standardized

    static func inputs(_ target: String) -> [String] {
        let directory = folder.appendingPathComponent(target)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { directory.appendingPathComponent($0).path }
    }

    @Test(arguments: inputs("lesson"))
    func lessonInput(path: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: path))
        let clock = ContinuousClock.now
        do {
            let (lesson, source) = try LessonLoader().parseWithSource(bytes: [UInt8](bytes), file: "fuzz.yaml")
            let budget = LessonBudget.problems(lesson, source: source)
            #expect(budget.allSatisfy { $0.line >= 1 && $0.column >= 1 })
            if budget.isEmpty { _ = LessonFacts.problems(lesson, source: source) }
        } catch {
            #expect(!error.diagnostics.isEmpty)
            #expect(error.diagnostics.allSatisfy { $0.line >= 1 && $0.column >= 1 && !$0.message.isEmpty })
        }
        #expect(ContinuousClock.now - clock < .seconds(10))
    }

    @Test(arguments: inputs("formula"))
    func formulaInput(path: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: path))
        do {
            let formula = try Formula(String(decoding: bytes, as: UTF8.self), variables: ["x", "y"], constants: ["a": 2])
            _ = formula.jet(x: 0.5, y: -1.5)
        } catch {
            #expect(error.column >= 1)
        }
    }

    @Test func theIssuesCrashesAreKept() {
        #expect(Self.inputs("lesson").count >= 4)
        #expect(Self.inputs("formula").count >= 2)
    }
}
