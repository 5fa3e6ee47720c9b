import Foundation
import Testing
@testable import DescentPipeline

@Suite("Building a lesson into files")
struct LessonBuilderTests {
    @Test("every figure is written in every format, and the PNG has the slide size times the scale")
    func writesEveryFigure() throws {
        let lesson = try TemporaryLesson(TemporaryLesson.threeRuns)
        defer { lesson.remove() }
        let result = try LessonBuilder(options: BuildOptions(outputDirectory: lesson.output)).build(path: lesson.path)
        let expected = ["paths", "lr", "loss", "overview"].flatMap { name in
            ["png", "svg", "pdf"].map { "\(lesson.output)/fixture/\(name).\($0)" }
        }
        #expect(result.files == expected)
        for file in expected {
            let size = (try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            #expect(size > 0, "\(file) is empty")
        }
        // PNG IHDR: width and height are big-endian at bytes 16..<24; slide = 800 x 450 pt at scale 2.
        let png = try [UInt8](Data(contentsOf: URL(fileURLWithPath: "\(lesson.output)/fixture/overview.png")))
        #expect(Array(png[1..<4]) == Array("PNG".utf8))
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1600 && height == 900)
    }

    @Test("the same lesson gives the same bytes twice")
    func deterministic() throws {
        let lesson = try TemporaryLesson(TemporaryLesson.threeRuns)
        defer { lesson.remove() }
        let first = try LessonBuilder(options: BuildOptions(outputDirectory: lesson.output + "1")).build(path: lesson.path)
        let second = try LessonBuilder(options: BuildOptions(outputDirectory: lesson.output + "2")).build(path: lesson.path)
        for (a, b) in zip(first.files, second.files) {
            #expect(FileManager.default.contentsEqual(atPath: a, andPath: b), "\(a) differs between builds")
        }
    }

    @Test("a lesson with errors reports each with file:line:column and writes nothing")
    func reportsEveryProblem() throws {
        let lesson = try TemporaryLesson("""
            title: Broken
            surface: bowl
            stpes: 10
            runs:
              - {optimizer: adamm, lr: 0.1}
            """)
        defer { lesson.remove() }
        #expect {
            try LessonBuilder(options: BuildOptions(outputDirectory: lesson.output)).build(path: lesson.path)
        } throws: { error in
            let text = "\(error)"
            return text.contains("\(lesson.path):3:1: error: unknown key 'stpes'; did you mean 'steps'?")
                && text.contains("\(lesson.path):5:17: error: unknown optimizer 'adamm'; did you mean 'adam'?")
        }
        #expect(!FileManager.default.fileExists(atPath: lesson.output))
    }

    @Test("the dry run lists exactly the files a build writes")
    func dryRunMatchesBuild() throws {
        let lesson = try TemporaryLesson(TemporaryLesson.threeRuns)
        defer { lesson.remove() }
        let builder = LessonBuilder(options: BuildOptions(outputDirectory: lesson.output, formats: [.png]))
        let planned = try builder.plannedFiles(path: lesson.path)
        #expect(planned == (try builder.build(path: lesson.path)).files)
    }

    @Test("export: csv writes each run in the columns of descent trace")
    func exportsCSV() throws {
        let lesson = try TemporaryLesson("""
            title: Export
            surface: bowl
            start: [-1, 2]
            steps: 2
            runs:
              - {optimizer: sgd, lr: 0.1}
            figures:
              - {kind: loss}
            export: csv
            """)
        defer { lesson.remove() }
        let builder = LessonBuilder(options: BuildOptions(outputDirectory: lesson.output, formats: [.svg]))
        let result = try builder.build(path: lesson.path)
        let csvPath = "\(lesson.output)/fixture/sgd.csv"
        #expect(result.files.contains(csvPath))
        #expect(try builder.plannedFiles(path: lesson.path) == result.files)
        // SGD on f = (x^2 + y^2)/2 with lr 0.1: (-1, 2) -> (-0.9, 1.8) -> (-0.81, 1.62).
        let text = try String(contentsOfFile: csvPath, encoding: .utf8)
        let rows = text.split(separator: "\n").map(String.init)
        #expect(rows.first == "step,x,y,loss,lr")
        #expect(rows.count == 4)
        #expect(rows.dropFirst().first?.hasPrefix("0,-1,2,2.5,") == true)
    }
}
