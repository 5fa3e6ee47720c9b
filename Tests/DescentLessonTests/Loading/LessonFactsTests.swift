import Testing
@testable import DescentLesson

/// What a lesson's numbers imply, found before it runs and reported where it is caused.
@Suite("Lesson facts")
struct LessonFactsTests {
    static let file = "Lessons/facts.yaml"

    static func problems(_ yaml: String) throws -> (facts: [Diagnostic], warnings: [Diagnostic]) {
        let (lesson, source) = try LessonLoader().parseWithSource(yaml: yaml, file: file)
        return (LessonFacts.problems(lesson, source: source), lesson.warnings)
    }

    /// A `data-fit` figure on a surface without data is an error at its `kind`; on a data
    /// surface it is fine.
    @Test func dataFitNeedsADataSurface() throws {
        let (facts, _) = try Self.problems("""
            title: T
            surface: himmelblau
            steps: 20
            runs: [{optimizer: sgd, lr: 0.01}]
            figures:
              - {kind: data-fit}
            """)
        #expect(facts.count == 1)
        #expect(facts.first?.severity == .error)
        #expect(facts.first.map { "\($0.line):\($0.column)" } == "6:6")
        #expect(facts.first?.message.contains("surface 'himmelblau' has no data") == true)
        let (fine, _) = try Self.problems("""
            title: T
            surface: least_squares
            steps: 20
            runs: [{optimizer: sgd, lr: 0.01}]
            figures:
              - {kind: data-fit}
            """)
        #expect(fine.isEmpty)
    }

    /// The network figures on a surface without weights are errors at their `kind`.
    @Test func networkFiguresNeedANetwork() throws {
        let (facts, _) = try Self.problems("""
            title: T
            surface: himmelblau
            steps: 20
            runs: [{optimizer: sgd, lr: 0.01}]
            figures:
              - {kind: path-loss}
              - {kind: decision-boundary}
            """)
        #expect(facts.map { "\($0.line):\($0.column)" } == ["6:6", "7:6"])
        #expect(facts.allSatisfy { $0.severity == .error && $0.message.contains("surface 'himmelblau' is not a network") })
    }

    /// An `outcome` figure over single runs is an error at its `kind`; with `seeds:` it is fine.
    @Test func outcomeNeedsAnEnsemble() throws {
        let single = """
            title: T
            surface: himmelblau
            steps: 20
            runs: [{optimizer: sgd, lr: 0.01}]
            figures:
              - {kind: outcome}
            """
        let (facts, _) = try Self.problems(single)
        #expect(facts.count == 1)
        #expect(facts.first?.severity == .error)
        #expect(facts.first.map { "\($0.line):\($0.column)" } == "6:6")
        #expect(facts.first?.message.contains("its runs are single runs") == true)
        let (fine, _) = try Self.problems(single.replacingOccurrences(of: "steps: 20", with: "steps: 20\nseeds: 8"))
        #expect(fine.isEmpty)
    }

    /// In `lr - 0.01*epoch` the `lr` is the previous epoch's rate (Keras), so from 0.1 the rates are
    /// 0.09, 0.07, 0.04, 0.0 and then -0.05 at epoch 5. Reported at the run's `schedule` (4:47).
    @Test func negativeScheduleRateIsAnError() throws {
        let (facts, _) = try Self.problems("""
            title: T
            surface: bowl
            steps: 20
            runs: [{optimizer: sgd, lr: 0.1, id: falling, schedule: {name: formula, expression: "lr - 0.01*epoch"}}]
            """)
        #expect(facts.count == 1)
        #expect(facts.first?.severity == .error)
        #expect(facts.first.map { "\($0.line):\($0.column)" } == "4:47")
        #expect(facts.first?.message.hasPrefix("the schedule 'formula' gives run 'falling' a learning rate of -0.0") == true)
        #expect(facts.first?.message.hasSuffix("at epoch 5 (negative); a rate must be a finite number ≥ 0") == true)
    }

    /// A formula schedule that divides by zero is already refused while loading, at its formula.
    @Test func infiniteScheduleRateIsRefusedAtLoading() {
        #expect(throws: LessonLoadError(diagnostics: [Diagnostic(file: Self.file, line: 4, column: 39, message: "schedule formula gives inf at epoch 2")])) {
            try LessonLoader().parse(yaml: """
                title: T
                surface: bowl
                steps: 5
                schedule: {name: formula, expression: "lr / (epoch - 2)"}
                runs: [{optimizer: sgd, lr: 0.1}]
                """, file: Self.file)
        }
    }

    /// log(-1 - x²) is NaN for every x: a warning at `surface`; the start (5, 5) is outside the
    /// domain: a warning at the start.
    @Test func surfaceNaNEverywhereAndStartOutside() throws {
        let (facts, warnings) = try Self.problems("""
            title: T
            surface: {expression: "log(-1 - x^2)"}
            domain: {x: [-1, 1], y: [-1, 1]}
            runs: [{optimizer: sgd, lr: 0.1, start: [5, 5]}]
            """)
        #expect(facts == [Diagnostic(file: Self.file, line: 2, column: 1, severity: .warning,
            message: "the surface is not finite anywhere on the domain (x -1.0...1.0, y -1.0...1.0); nothing can be drawn or run")])
        #expect(warnings == [Diagnostic(file: Self.file, line: 4, column: 41, severity: .warning,
            message: "start point (5.0, 5.0) lies outside the domain x -1.0...1.0, y -1.0...1.0")])
    }

    /// log(x) on x in [-1, 1]: not finite for x ≤ 0, i.e. the 17 of 33 grid columns from -1 to 0,
    /// 17 × 33 = 561 of 1089 points, first at (-1, -1).
    @Test func surfaceNaNSomewhere() throws {
        let (facts, _) = try Self.problems("""
            title: T
            surface: {expression: "log(x) + y^2"}
            domain: {x: [-1, 1], y: [-1, 1]}
            runs: [{optimizer: sgd, lr: 0.1, start: [0.5, 0.5]}]
            """)
        #expect(facts.map(\.message) == ["the surface is not finite at 561 of 1089 grid points of the domain, first at (-1.0, -1.0); runs that reach them diverge"])
    }

    @Test func sweptRunsMapToTheirEntry() {
        let plans = [nil, 0, 1, 2, nil, 0, 1].map { index in
            RunPlan(id: "r", label: "r", optimizer: CatalogChoice(name: "sgd"), learningRate: .fixed(0.1), schedule: CatalogChoice(name: "constant"),
                    starts: [.zero], steps: 1, sweep: index.map { SweepMember(group: "g", key: "lr", value: .number(0.1), index: $0) })
        }
        #expect(LessonFacts.yamlIndices(plans) == [0, 1, 1, 1, 2, 3, 3])
    }

    /// 20,000 runs named `sgd` get `sgd`, `sgd-2`, ... `sgd-20000` in linear time.
    @Test func manyRunsGetTheirIDsQuickly() throws {
        let yaml = "title: T\nsurface: bowl\nsteps: 1\nruns:\n" + String(repeating: "  - {optimizer: sgd, lr: 0.1}\n", count: 20_000)
        let clock = ContinuousClock.now
        let lesson = try LessonLoader().parse(yaml: yaml, file: Self.file)
        #expect(lesson.runs.count == 20_000)
        #expect(lesson.runs.last?.id == "sgd-20000")
        #expect(Set(lesson.runs.map(\.id)).count == 20_000)
        #expect(ContinuousClock.now - clock < .seconds(20))
    }
}
