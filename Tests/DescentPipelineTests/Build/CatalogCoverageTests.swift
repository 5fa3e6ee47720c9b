import DescentNumerics
import Foundation
import Testing
@testable import DescentPipeline

/// Every surface, optimizer and schedule of the catalogs works in a lesson that renders.
@Suite("Every catalog entry renders in a lesson")
struct CatalogCoverageTests {
    /// Parameters an entry cannot do without (they have no default).
    static let required: [String: String] = [
        "expression": "{expression: \"x^2 + 3*y^2 + 0.5*sin(3*x)\"}",
    ]

    static func build(_ yaml: String) throws -> LessonBuildResult {
        let lesson = try TemporaryLesson(yaml)
        defer { lesson.remove() }
        return try LessonBuilder(options: BuildOptions(outputDirectory: lesson.output, formats: [.svg])).build(path: lesson.path)
    }

    @Test("each surface, with SGD and Adam from its default start", arguments: Surfaces.catalog.entries.map(\.name))
    func surface(name: String) throws {
        let result = try Self.build("""
            title: \(name)
            surface: \(Self.required[name] ?? name)
            steps: 40
            runs:
              - {optimizer: sgd, lr: 0.001}
              - {optimizer: adam, lr: 0.05}
            figures:
              - {kind: contour, name: map}
              - {kind: loss, name: loss}
            """)
        #expect(result.files.count == 2)
    }

    @Test("every optimizer on one ravine")
    func optimizers() throws {
        let runs = Optimizers.catalog.entries.map { "  - {optimizer: \($0.name), lr: \($0.name == "newton" ? 0.5 : 0.01)}" }
        let result = try Self.build("""
            title: all optimizers
            surface: ravine
            steps: 30
            runs:
            \(runs.joined(separator: "\n"))
            figures:
              - {kind: contour, name: map}
            """)
        #expect(result.files.count == 1)
    }

    @Test("every schedule on the bowl")
    func schedules() throws {
        let runs = Schedules.catalog.entries.map { entry in
            let schedule: String
            switch entry.name {
            case "formula": schedule = "{name: formula, expression: \"lr0 * exp(-epoch / 10)\"}"
            case "lambda", "multiplicative": schedule = "{name: \(entry.name), lr_lambda: \"0.95\"}"
            default: schedule = entry.name
            }
            return "  - {optimizer: sgd, lr: 0.1, schedule: \(schedule), label: \(entry.name)}"
        }
        let result = try Self.build("""
            title: all schedules
            surface: bowl
            steps: 50
            runs:
            \(runs.joined(separator: "\n"))
            figures:
              - {kind: lr, name: lr}
            """)
        #expect(result.files.count == 1)
    }
}
