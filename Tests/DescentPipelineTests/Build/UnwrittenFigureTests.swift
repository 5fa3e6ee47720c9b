import Foundation
import Testing
@testable import DescentPipeline

/// `write: false`: a figure drawn only inside a layout writes no files, and the dry run agrees.
@Suite("Figures with write: false")
struct UnwrittenFigureTests {
    static let oneFigure = """
        title: One figure
        surface: bowl
        start: [-1.5, 1.0]
        steps: 20
        runs:
          - {optimizer: sgd, lr: 0.1}
          - {optimizer: adam, lr: 0.1}
        figures:
          - {kind: contour, name: paths, write: false}
          - {kind: lr, name: lr, write: false}
          - {kind: loss, name: loss, write: false}
          - {kind: layout, name: overview, panels: [paths, [lr, loss]]}
        output: {formats: [png, svg]}
        """

    @Test func aOneFigureLessonWritesOneFigure() throws {
        let lesson = try TemporaryLesson(Self.oneFigure)
        defer { lesson.remove() }
        let builder = LessonBuilder(options: BuildOptions(outputDirectory: lesson.output))
        let planned = try builder.plannedFiles(path: lesson.path)
        let result = try builder.build(path: lesson.path)
        #expect(planned == ["\(lesson.output)/fixture/overview.png", "\(lesson.output)/fixture/overview.svg"])
        #expect(result.files == planned)
        let written = try FileManager.default.contentsOfDirectory(atPath: "\(lesson.output)/fixture").sorted()
        #expect(written == ["overview.png", "overview.svg"])
        #expect(result.compiled.assembled(language: "en").figures.map(\.request.name) == ["overview"])
    }

    /// The layout draws the unwritten figures exactly as it draws written ones.
    @Test func theLayoutIsTheSameAsWithWrittenPanels() throws {
        let hidden = try TemporaryLesson(Self.oneFigure)
        let shown = try TemporaryLesson(Self.oneFigure.replacingOccurrences(of: ", write: false", with: ""))
        defer { hidden.remove(); shown.remove() }
        let builder = LessonBuilder(options: BuildOptions())
        let a = try builder.assemble(path: hidden.path).figures.first { $0.request.name == "overview" }
        let b = try builder.assemble(path: shown.path).figures.first { $0.request.name == "overview" }
        let left = try #require(a), right = try #require(b)
        #expect(String(describing: left.figure) == String(describing: right.figure))
    }
}
