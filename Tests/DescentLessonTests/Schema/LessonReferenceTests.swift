import DescentNumerics
import Foundation
import Testing
@testable import DescentLesson

@Suite("LessonReference")
struct LessonReferenceTests {
    /// `Lessons/README.md` in the package.
    static let readmePath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Lessons/README.md").path

    /// The README's generated tables must be the current ones. Run the tests with
    /// `DESCENT_UPDATE_DOCS=1` after changing a figure kind or an option.
    @Test func shippedTablesAreUpToDate() throws {
        if ProcessInfo.processInfo.environment["DESCENT_UPDATE_DOCS"] == "1" {
            let current = try String(contentsOfFile: Self.readmePath, encoding: .utf8)
            try LessonReference.updated(current).write(toFile: Self.readmePath, atomically: true, encoding: .utf8)
        }
        let shipped = try String(contentsOfFile: Self.readmePath, encoding: .utf8)
        let generated = LessonReference.updated(shipped)
        for (name, _) in LessonReference.tables() {
            #expect(shipped.contains("<!-- generated: \(name) -->\n"), "Lessons/README.md has no generated table '\(name)'")
        }
        #expect(shipped == generated, "the tables of Lessons/README.md are stale: run `DESCENT_UPDATE_DOCS=1 swift test --filter LessonReferenceTests`")
    }

    @Test func tablesAreReplacedBetweenTheirMarkers() {
        let document = "before\n<!-- generated: figure-kinds -->\nold\n<!-- end generated: figure-kinds -->\nafter\n"
        let updated = LessonReference.updated(document)
        #expect(updated.hasPrefix("before\n<!-- generated: figure-kinds -->\n| kind | draws | options |\n|---|---|---|\n| `contour` |"))
        #expect(updated.hasSuffix("| `layout` | other figures of the lesson arranged in rows and columns | `panels` (required) |\n<!-- end generated: figure-kinds -->\nafter\n"))
        #expect(LessonReference.updated(updated) == updated)
        #expect(LessonReference.updated("no markers\n") == "no markers\n")
    }

    @Test func optionRowsSayValueDefaultAndMeaning() {
        let table = LessonReference.figureOptions(FigureKinds.catalog)
        #expect(table.contains("| `contour` | `levels` | a count in 2...100, or a list of values | `14` | Contour levels: how many (2...100), or a list of the values themselves |"))
        #expect(table.contains("|  | `colormap` | `viridis`, `magma`, `cividis` or `gray` | `viridis` | Colors of the surface |"))
        #expect(table.contains("|  | `log_levels` | `true` or `false` | none | Log-spaced levels (chosen from the surface's range when absent) |"))
        #expect(table.contains("| `basins` | `resolution` | a whole number in 8...1024 | `60` | Start points per side of the grid |"))
    }
}
