import Foundation
import Testing
@testable import DescentLesson

/// Lessons beyond the work budget are refused at the key that drives the cost, with the numbers;
/// every shipped lesson is within it.
@Suite("Lesson budget")
struct LessonBudgetTests {
    static let file = "Lessons/budget.yaml"

    static func problems(_ yaml: String) throws -> [Diagnostic] {
        let (lesson, source) = try LessonLoader().parseWithSource(yaml: yaml, file: file)
        return LessonBudget.problems(lesson, source: source)
    }

    static func expectOne(_ yaml: String, _ line: Int, _ column: Int, _ message: String) throws {
        #expect(try problems(yaml) == [Diagnostic(file: file, line: line, column: column, message: message)])
    }

    /// 400² cells × 100000 steps = 1.6e10 optimizer steps, at `resolution` (line 6, column 20).
    @Test func basinsAtTheirResolution() throws {
        try Self.expectOne("""
            title: T
            surface: himmelblau
            steps: 100000
            runs: [{optimizer: sgd, lr: 0.01}]
            figures:
              - {kind: basins, resolution: 400}
            """, 6, 20,
            "basins resolution 400 × 400 × 100000 steps = 1.6e10 optimizer steps (1.6e10 in the lesson); the limit is 2e9; lower `steps` or `resolution`, or pass --no-limits")
    }

    /// 1000 seeds × (100000 + 1) kept steps ≈ 1e8 > 1e7, at the lesson's `steps` (3:1).
    @Test func manyLongRunsAtSteps() throws {
        let seeds = (0..<1000).map(String.init).joined(separator: ", ")
        try Self.expectOne("title: T\nsurface: bowl\nsteps: 100000\nruns:\n  - {optimizer: sgd, lr: 0.01, seed: [\(seeds)]}", 3, 1,
            "1000 runs × 100000 steps = 1e8 trajectory steps to keep; the limit is 1e7 (640 MB); lower `steps`, `seeds` or the number of runs, or pass --no-limits")
    }

    /// An ensemble keeps every member: 200 seeds × (100000 + 1) steps ≈ 2e7 > 1e7, at `steps`.
    @Test func seedEnsemblesCountEveryMember() throws {
        try Self.expectOne("title: T\nsurface: bowl\nsteps: 100000\nseeds: 200\nruns:\n  - {optimizer: sgd, lr: 0.01}", 3, 1,
            "1 runs × up to 200 seeds × 100000 steps = 2e7 trajectory steps to keep; the limit is 1e7 (640 MB); lower `steps`, `seeds` or the number of runs, or pass --no-limits")
    }

    /// A run's own `steps` drives the estimate when it is the largest (4:32).
    @Test func aRunsOwnStepsAreBlamed() throws {
        let runs = (0..<200).map { _ in "  - {optimizer: sgd, lr: 0.01, steps: 100000}" }.joined(separator: "\n")
        let problems = try Self.problems("title: T\nsurface: bowl\nruns:\n" + runs)
        #expect(problems.map { "\($0.line):\($0.column)" } == ["4:32"])
    }

    /// 1e6 samples × 1e5 steps = 1e11 sample evaluations, at `samples` (2:32), batch size 1 or not.
    @Test func dataSurfacesAtSamples() throws {
        try Self.expectOne("""
            title: T
            surface: {name: least_squares, samples: 1000000}
            steps: 100000
            runs: [{optimizer: sgd, lr: 0.01, batch_size: 1}]
            """, 2, 32,
            "1000000 samples × 100000 optimizer steps = 1e11 sample evaluations; the limit is 2e9; lower `samples`, `steps` or the number of runs, or pass --no-limits")
    }

    /// A network's sample costs half its parameters: [2, 64, 64, 64, 2] has 2*64 + 64 + 2*(64*64
    /// + 64) + 64*2 + 2 = 8642 parameters, weight 4321; 4000 samples × (5000 steps + 51^2 = 2601
    /// points of the map, its default) × 4321 = 1.314e11 (printed 1.3e11), at `samples` (line 2,
    /// column 48). Its 5001 kept steps weigh 1 + 8642/8 = 1081.25 each, 5.4e6, within 1e7.
    @Test func networksWeighTheirParameters() throws {
        try Self.expectOne("""
            title: T
            surface: {name: network, hidden: [64, 64, 64], samples: 4000}
            steps: 5000
            runs: [{optimizer: sgd, lr: 0.01, batch_size: 8}]
            figures: [{kind: contour, name: map}]
            """, 2, 48,
            "4000 samples × (5000 optimizer steps + 2601 map points) × 4321 (half the network's parameters) = 1.3e11 sample evaluations; the limit is 2e9; lower `samples`, `steps` or the number of runs, or pass --no-limits")
    }

    @Test(arguments: [
        ("{size: {width: 10000, height: 10000}, scale: 3}",
         "10000 × 10000 pt at scale 3 is 30000 × 30000 pixels = 9e8 pixels; the limit is 5e7; lower `size` or `scale`, or pass --no-limits"),
        ("{size: {width: 5000, height: 400}, scale: 8}",
         "5000 × 400 pt at scale 8 is 40000 × 3200 pixels; Cairo cannot create an image wider or taller than 32767 pixels; lower `size` or `scale`"),
    ])
    func imagesAtTheirSize(output: String, message: String) throws {
        try Self.expectOne("title: T\nsurface: bowl\nruns: [{optimizer: sgd, lr: 0.1}]\noutput: \(output)", 4, 10, message)
    }

    /// SVG alone draws no pixels, so a large page is fine there.
    @Test func vectorOutputHasNoPixelLimit() throws {
        #expect(try Self.problems("title: T\nsurface: bowl\nruns: [{optimizer: sgd, lr: 0.1}]\noutput: {formats: [svg], size: {width: 10000, height: 10000}, scale: 3}").isEmpty)
    }

    /// 297 bytes of anchors: 9 × 9 × 9 × 10 + 9 × 9 × 9 + 9 × 9 + 9 = 8109 panels, at `panels` (8:5).
    @Test func aliasBombInPanels() throws {
        try Self.expectOne("""
            title: T
            surface: bowl
            runs: [{optimizer: sgd, lr: 0.1}]
            figures:
              - {kind: contour, name: c}
              - kind: layout
                name: big
                panels: [[&a [c, c, c, c, c, c, c, c, c], &b [*a, *a, *a, *a, *a, *a, *a, *a, *a], &d [*b, *b, *b, *b, *b, *b, *b, *b, *b], [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]]]
            """, 8, 5,
            "this layout has 8109 panels once its lists are expanded; the limit is 64; split it into several layouts, or pass --no-limits")
    }

    /// 200,000 characters without a space (Pango wraps them in quadratic time), at `caption`.
    @Test func longCaptionAtItsKey() throws {
        try Self.expectOne("title: T\nsurface: bowl\nruns: [{optimizer: sgd, lr: 0.1}]\nfigures:\n  - kind: contour\n    caption: \"\(String(repeating: "x", count: 200_000))\"", 6, 5,
            "this text is 200000 characters long; the limit is 2000; shorten it, or pass --no-limits")
    }

    @Test func numbersReadShort() {
        #expect(LessonBudget.number(1.6e10) == "1.6e10")
        #expect(LessonBudget.number(2e9) == "2e9")
        #expect(LessonBudget.number(32767) == "32767")
        #expect(LessonBudget.number(100_010_000) == "1e8")
    }

    /// Every shipped lesson is within the budget (so it builds as before).
    @Test func shippedLessonsAreWithinTheBudget() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Lessons").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(files.count > 20)
        for name in files {
            let (lesson, source) = try LessonLoader().loadWithSource(path: folder.appendingPathComponent(name).path)
            #expect(LessonBudget.problems(lesson, source: source).isEmpty, "\(name)")
        }
    }
}
