import DescentLesson
import Foundation
import Testing
@testable import DescentPipeline

/// What a build checks before it works, and what it cleans up.
@Suite("Build limits and leftovers")
struct BuildLimitsTests {
    /// A build killed inside its write window leaves `.<name>.descent-XXXXXX`; the next build of
    /// that lesson removes it and leaves other files alone.
    @Test func staleTemporaryFilesAreRemoved() throws {
        let lesson = try TemporaryLesson("title: T\nsurface: bowl\nsteps: 5\nruns: [{optimizer: sgd, lr: 0.1}]\nfigures: [{kind: contour, name: paths}]\noutput: {formats: [svg]}")
        defer { lesson.remove() }
        let folder = "\(lesson.output)/fixture"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in [".paths.svg.descent-a1B2c3", "notes.txt"] {
            #expect(FileManager.default.createFile(atPath: "\(folder)/\(name)", contents: Data([1])))
        }
        _ = try LessonBuilder(options: BuildOptions(outputDirectory: lesson.output)).build(path: lesson.path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["notes.txt", "paths.svg"])
    }

    /// The budget applies to `build` as to `check`: nothing is run or written.
    @Test func overBudgetLessonsAreNotBuilt() throws {
        let lesson = try TemporaryLesson("title: T\nsurface: himmelblau\nsteps: 100000\nruns: [{optimizer: sgd, lr: 0.01}]\nfigures:\n  - {kind: basins, resolution: 400}")
        defer { lesson.remove() }
        do {
            _ = try LessonBuilder(options: BuildOptions(outputDirectory: lesson.output)).build(path: lesson.path)
            Issue.record("an over-budget lesson was built")
        } catch {
            #expect(error.diagnostics.map { "\($0.line):\($0.column)" } == ["6:20"])
            #expect(error.diagnostics.first?.message.hasPrefix("basins resolution 400 × 400 × 100000 steps = 1.6e10 optimizer steps") == true)
        }
        #expect(!FileManager.default.fileExists(atPath: lesson.output))
    }

    /// A start outside the domain is a warning of the built lesson, at the start.
    @Test func warningsReachTheBuild() throws {
        let lesson = try TemporaryLesson("title: T\nsurface: bowl\ndomain: {x: [-1, 1], y: [-1, 1]}\nsteps: 5\nruns: [{optimizer: sgd, lr: 0.1, start: [3, 0]}]\nfigures: [{kind: loss}]\noutput: {formats: [svg]}")
        defer { lesson.remove() }
        let result = try LessonBuilder(options: BuildOptions(outputDirectory: lesson.output)).build(path: lesson.path)
        #expect(result.compiled.lesson.warnings.map { "\($0.line):\($0.column): \($0.severity.rawValue)" } == ["5:41: warning"])
    }
}
