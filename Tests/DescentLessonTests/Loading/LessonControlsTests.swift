import DescentNumerics
import Testing
@testable import DescentLesson

/// Reading `controls:` and writing control values into a lesson's text (`LessonEdit`).
@Suite("Lesson controls")
struct LessonControlsTests {
    static let head = """
        title: T
        surface: bowl
        domain: {x: [-2, 2], y: [-1, 1]}
        start: [-1.5, 0.5]
        steps: 30
        runs:
          - {optimizer: sgd, lr: 0.1, id: plain}
          - {optimizer: adam, lr: 0.05, label: {ko: "아담"}, id: adam}
          - optimizer: sgd
            id: warm
            lr: 0.3
            momentum: 0.9
            schedule: {name: warmup_cosine, warmup: 10, start_factor: 0.05}
        controls:

        """

    static func yaml(_ controls: [String]) -> String { head + controls.map { "  - \($0)" }.joined(separator: "\n") + "\n" }

    static func lesson(_ controls: [String]) throws(LessonLoadError) -> Lesson {
        try LessonLoader().parse(yaml: yaml(controls), file: "c.yaml")
    }

    /// The errors of `controls` (lines 15 on) as `line:column: message`.
    static func errors(_ controls: [String]) -> [String] {
        do {
            _ = try lesson(controls)
            return []
        } catch {
            return error.diagnostics.map { "\($0.line):\($0.column): \($0.message)" }
        }
    }

    /// Each `set` path finds its number in the file, with the file's value and the declared range;
    /// a left-out optimizer parameter takes its default (torch.optim.Adam: betas=(0.9, 0.999)).
    @Test func controlsFindTheirValues() throws {
        let lesson = try Self.lesson([
            "{set: runs.plain.lr, min: 0.001, max: 1, scale: log}",
            "{set: runs.adam.betas.1, min: 0.5, max: 0.9999}",
            "{set: runs.warm.schedule.warmup, min: 1, max: 30}",
            "{set: runs.warm.momentum, min: 0, max: 0.99}",
            "{set: steps, min: 5, max: 100}",
            "{set: start, by: click}",
        ])
        let byName = Dictionary(uniqueKeysWithValues: lesson.controls.map { ($0.name, $0) })
        #expect(byName["runs.plain.lr"]?.value == [0.1])
        #expect(byName["runs.plain.lr"]?.path == ["runs", 0, "lr"])
        #expect(byName["runs.plain.lr"]?.input == .slider(min: 0.001, max: 1, scale: .log, step: nil))
        #expect(byName["runs.adam.betas.1"]?.value == [0.999])
        #expect(byName["runs.adam.betas.1"]?.missingValue == [0.9, 0.999])
        #expect(byName["runs.warm.schedule.warmup"]?.value == [10])
        #expect(byName["runs.warm.schedule.warmup"]?.isInteger == true)
        #expect(byName["runs.warm.momentum"]?.value == [0.9])
        #expect(byName["steps"]?.value == [30])
        #expect(byName["steps"]?.input == .slider(min: 5, max: 100, scale: .linear, step: 1))
        #expect(byName["start"]?.value == [-1.5, 0.5])
        #expect(byName["start"]?.input == .click(domain: Domain(x: -2...2, y: -1...1)))
    }

    /// Bad controls are errors at the control, with the closest run id or key.
    @Test func badControlsAreLocated() {
        #expect(Self.errors(["{set: runs.plian.lr, min: 0.01, max: 1}"]) == ["15:11: no run has the id 'plian'; did you mean 'plain'?"])
        #expect(Self.errors(["{set: runs.plain.lrr, min: 0.01, max: 1}"]).first?.hasPrefix("15:11: a control cannot set 'lrr'; did you mean 'lr'?") == true)
        #expect(Self.errors(["{set: runs.plain.lr, min: 1, max: 0.1}"]) == ["15:39: 'min' must be below 'max', not 1.0 and 0.1"])
        #expect(Self.errors(["{set: runs.plain.lr, min: 0.2, max: 1}"]) == ["15:11: the lesson's own value does not fit the control: 'runs.plain.lr' must be in 0.2...1.0, not 0.1"])
        #expect(Self.errors(["{set: runs.plain.lr, min: 0, max: 1, scale: log}"]) == ["15:31: a learning rate is positive: 'min' must be above 0"])
        #expect(Self.errors(["{set: start}"]) == ["15:11: a start point is picked on the map: add 'by: click'"])
        #expect(Self.errors(["{set: steps, by: drag}"]) == ["15:22: 'by' may only be 'click' (a start point picked on the map), not 'drag'; a slider needs 'min' and 'max'"])
        #expect(Self.errors(["{set: steps, min: 5.5, max: 100}"]) == ["15:5: 'steps' is a whole number, so 'min' and 'max' must be whole numbers"])
        #expect(Self.errors(["{set: steps, min: 1, max: 1000000}"]) == ["15:31: 'max' must be in 1.0...100000.0, not 1000000.0"])
        #expect(Self.errors(["{set: seed, min: 0, max: 9}"]) == ["15:11: 'seed' is not written in the lesson; write its value there first"])
        #expect(Self.errors(["{set: steps, min: 5, max: 100, lable: x}"]) == ["15:36: unknown key 'lable'; did you mean 'label'?"])
        #expect(Self.errors(["{set: steps, min: 5, max: 100}", "{set: steps, min: 5, max: 50}"]) == ["16:5: two controls set 'steps'"])
    }

    /// Setting values rewrites only those numbers: every other byte of the file stays, a
    /// column after non-ASCII text counts characters, and a left-out key is added to its map
    /// (a flow map at its brace, a block map above its first key).
    @Test func editsRewriteOnlyTheNumbers() throws {
        let controls = [
            "{set: runs.plain.lr, min: 0.001, max: 1, scale: log}",
            "{set: runs.adam.betas.0, min: 0, max: 0.99}",
            "{set: runs.warm.schedule.warmup, min: 1, max: 30}",
            "{set: runs.warm.dampening, min: 0, max: 0.9}",
            "{set: start, by: click}",
        ]
        let lesson = try Self.lesson(controls)
        let original = Self.yaml(controls)
        let edited = try LessonEdit.apply(
            ["runs.plain.lr": [0.25], "runs.adam.betas.0": [0.5], "runs.warm.schedule.warmup": [4], "runs.warm.dampening": [0.1], "start": [1, -0.75]],
            controls: lesson.controls, to: original
        )
        let expected = original
            .replacingOccurrences(of: "start: [-1.5, 0.5]", with: "start: [1.0, -0.75]")
            .replacingOccurrences(of: "lr: 0.1, id: plain", with: "lr: 0.25, id: plain")
            .replacingOccurrences(of: "{optimizer: adam,", with: "{betas: [0.5, 0.999], optimizer: adam,")
            .replacingOccurrences(of: "warmup: 10,", with: "warmup: 4,")
            .replacingOccurrences(of: "  - optimizer: sgd\n    id: warm", with: "  - dampening: 0.1\n    optimizer: sgd\n    id: warm")
        #expect(edited == expected)
        let reread = try LessonLoader().parse(yaml: edited, file: "c.yaml")
        #expect(reread.runs[0].learningRate == .fixed(0.25))
        #expect(reread.runs[1].optimizer.parameters["betas"] == .list([.number(0.5), .number(0.999)]))
        #expect(reread.runs[0].starts == [Vec2(1, -0.75)])
    }

    /// A number after non-ASCII text on its line is found by characters, not bytes.
    @Test func columnsCountCharacters() throws {
        let text = "title: T\nsurface: bowl\nruns:\n  - {optimizer: sgd, label: {ko: \"아주 작음\"}, lr: 0.04}\ncontrols:\n  - {set: runs.sgd.lr, min: 0.001, max: 1}\n"
        let lesson = try LessonLoader().parse(yaml: text, file: "k.yaml")
        let edited = try LessonEdit.apply(["runs.sgd.lr": [0.5]], controls: lesson.controls, to: text)
        #expect(edited == text.replacingOccurrences(of: "lr: 0.04}", with: "lr: 0.5}"))
    }

    /// A run's label that writes the number a control changes follows it, in every language
    /// and quoting style: `η = 0.3` becomes `η = 0.5`; `0.35`, `β₃`, `10.3` and numbers equal to
    /// no changed value stay; a number two controls both had is left as written.
    @Test func labelsFollowTheirNumbers() throws {
        let text = """
            title: T
            surface: bowl
            runs:
              - {optimizer: sgd, lr: 0.3, id: good, label: {en: "good, η = 0.3 (not 0.35, β3, 10.3)", ko: '적당함, η = 0.3'}}
              - {optimizer: momentum, lr: 0.005, momentum: 0.9, id: m, label: Momentum ρ = 0.9 η = 0.005}
              - {optimizer: momentum, lr: 0.9, momentum: 0.9, id: same, label: "lr 0.9, ρ 0.9"}
            controls:
              - {set: runs.good.lr, min: 0.001, max: 1}
              - {set: runs.m.momentum, min: 0, max: 0.99}
              - {set: runs.m.lr, min: 0.001, max: 0.05}
              - {set: runs.same.lr, min: 0.001, max: 1}
              - {set: runs.same.momentum, min: 0, max: 0.99}

            """
        let lesson = try LessonLoader().parse(yaml: text, file: "l.yaml")
        let edited = try LessonEdit.apply(
            ["runs.good.lr": [0.5], "runs.m.momentum": [0.495], "runs.m.lr": [0.01], "runs.same.lr": [0.2], "runs.same.momentum": [0.8]],
            controls: lesson.controls, to: text
        )
        let expected = text
            .replacingOccurrences(of: "lr: 0.3, id: good, label: {en: \"good, η = 0.3 (", with: "lr: 0.5, id: good, label: {en: \"good, η = 0.5 (")
            .replacingOccurrences(of: "'적당함, η = 0.3'", with: "'적당함, η = 0.5'")
            .replacingOccurrences(of: "lr: 0.005, momentum: 0.9, id: m, label: Momentum ρ = 0.9 η = 0.005", with: "lr: 0.01, momentum: 0.495, id: m, label: Momentum ρ = 0.495 η = 0.01")
            .replacingOccurrences(of: "lr: 0.9, momentum: 0.9, id: same", with: "lr: 0.2, momentum: 0.8, id: same")
        #expect(edited == expected)
        let reread = try LessonLoader().parse(yaml: edited, file: "l.yaml")
        #expect(reread.runs[0].label.resolved(language: "ko") == "적당함, η = 0.5")
    }

    /// Values are checked against the declared ranges before anything is written.
    @Test func valuesOutsideTheRangeAreRefused() throws {
        let lesson = try Self.lesson(["{set: steps, min: 5, max: 100}", "{set: start, by: click}"])
        let control = try #require(lesson.controls.first)
        #expect(control.problem([101]) == "'steps' must be in 5.0...100.0, not 101.0")
        #expect(control.problem([7.5]) == "'steps' must be a whole number, not 7.5")
        #expect(control.problem([.nan]) == "'steps' must be a finite number")
        #expect(lesson.controls[1].problem([3, 0]) == "'start' must lie in x -2.0...2.0, y -1.0...1.0, not (3.0, 0.0)")
        #expect(throws: LessonEdit.Failure.self) { try LessonEdit.apply(["steps": [500]], controls: lesson.controls, to: Self.yaml([])) }
    }
}
