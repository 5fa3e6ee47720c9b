import Testing
@testable import DescentLesson

/// `compare` figures name catalog surfaces: checked at each item with did-you-mean, counted
/// by the work budget once per surface.
@Suite("compare figure kind")
struct CompareKindTests {
    static let file = "Lessons/compare.yaml"

    static func lesson(_ figure: String, steps: Int = 100, seeds: Int = 1) -> String {
        let seed = seeds == 1 ? "" : ", seed: [\((0..<seeds).map(String.init).joined(separator: ", "))]"
        return "title: T\nsurface: bowl\nsteps: \(steps)\nruns: [{optimizer: sgd, lr: 0.1\(seed)}]\nfigures:\n  - \(figure)\n"
    }

    @Test("names are stored in the catalog's spelling")
    func canonicalNames() throws {
        let lesson = try LessonLoader().parse(yaml: Self.lesson("{kind: compare, surfaces: [Rosenbrock, banana, saddle]}"), file: Self.file)
        #expect(lesson.figures.first?.option("surfaces") == .list([.text("rosenbrock"), .text("rosenbrock"), .text("saddle")]))
        let defaults = try LessonLoader().parse(yaml: Self.lesson("{kind: compare}"), file: Self.file)
        #expect(defaults.figures.first?.option("surfaces") == .list(["rosenbrock", "saddle", "himmelblau", "beale"].map { .text($0) }))
    }

    /// Line 6 is the figure; `rosenbrok` starts at column 40 (`  - {kind: compare, surfaces: [saddle, ` is 39 characters).
    @Test("an unknown name is an error at its item, with a suggestion")
    func unknownName() {
        let yaml = Self.lesson("{kind: compare, surfaces: [saddle, rosenbrok]}")
        do {
            _ = try LessonLoader().parse(yaml: yaml, file: Self.file)
            Issue.record("the lesson loaded")
        } catch {
            #expect(error.diagnostics.map { "\($0.line):\($0.column) \($0.message)" } == ["6:40 unknown surface 'rosenbrok'; did you mean 'rosenbrock'?"])
        }
    }

    /// 20 seeds × 100001 kept steps = 2000020, plus 5 surfaces × 20 runs × 100001 = 10000100:
    /// 1.2e7 > 1e7, blamed on `steps` (3:1).
    @Test("the budget counts every run once per compared surface")
    func budget() throws {
        let yaml = Self.lesson("{kind: compare, surfaces: [saddle, beale, booth, himmelblau, rosenbrock]}", steps: 100_000, seeds: 20)
        let (lesson, source) = try LessonLoader().parseWithSource(yaml: yaml, file: Self.file)
        let problems = LessonBudget.problems(lesson, source: source)
        #expect(problems.map { "\($0.line):\($0.column)" } == ["3:1"])
        #expect(problems.first?.message.hasPrefix("20 runs × 100000 steps (and again on each surface of the compare figures) = 1.2e7 trajectory steps") == true)
        let (small, smallSource) = try LessonLoader().parseWithSource(yaml: Self.lesson("{kind: compare, surfaces: [saddle]}", steps: 100_000, seeds: 20), file: Self.file)
        #expect(LessonBudget.problems(small, source: smallSource).isEmpty)
    }
}
