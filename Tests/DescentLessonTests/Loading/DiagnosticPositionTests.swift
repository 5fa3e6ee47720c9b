import Testing
@testable import DescentLesson

/// Every kind of problem, with the exact line and column it is reported at.
///
/// Lessons are `Fixtures.lesson(runs:extra)`: line 1 `title`, 2 `surface: bowl`, 3 `runs:`,
/// 4 the run, 5 the extra line. Columns are counted by hand from the YAML text (1-based), at
/// the offending value, or at the key for unknown keys.
@Suite("Diagnostic positions")
struct DiagnosticPositionTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let yaml: String
        let line: Int
        let column: Int
        let message: String
        var testDescription: String { message }

        init(run: String = "  - {optimizer: sgd, lr: 0.1}", extra: String = "", _ line: Int, _ column: Int, _ message: String) {
            self.yaml = Fixtures.lesson(runs: run, extra)
            self.line = line
            self.column = column
            self.message = message
        }

        init(yaml: String, _ line: Int, _ column: Int, _ message: String) {
            self.yaml = yaml
            self.line = line
            self.column = column
            self.message = message
        }
    }

    static let cases: [Case] = [
        // Unknown keys at every level, with did-you-mean.
        Case(extra: "stpes: 10", 5, 1, "unknown key 'stpes'; did you mean 'steps'?"),
        Case(run: "  - {optimizer: sgd, lr: 0.1, momentun: 0.9}", 4, 31, "unknown key 'momentun'; did you mean 'momentum'?"),
        Case(run: "  - {optimizer: sgd, lr: 0.1, stpes: 5}", 4, 31, "unknown key 'stpes'; did you mean 'steps'?"),
        Case(run: "  - {optimizer: sgd, lr: 0.1, zzz: 5}", 4, 31, "optimizer 'sgd' has no parameter 'zzz'; it takes 'momentum', 'nesterov'"),
        Case(extra: "output: {formts: [png]}", 5, 10, "unknown key 'formts'; did you mean 'formats'?"),
        Case(extra: "figures: [{kind: loss, lgo: true}]", 5, 24, "unknown key 'lgo'; did you mean 'log'?"),
        Case(extra: "domain: {x: [-1, 1], y: [-1, 1], z: [0, 1]}", 5, 34, "unknown key 'z'; did you mean 'x'?"),
        Case(yaml: "title: T\nsurface: {name: ravine, conditon: 5}\nruns: [{optimizer: sgd, lr: 0.1}]", 2, 25, "unknown key 'conditon'; did you mean 'condition'?"),
        Case(yaml: "title: T\nsurface: {expression: \"x^2\", l3: 1}\nruns: [{optimizer: sgd, lr: 0.1}]", 2, 30, "unknown key 'l3'; did you mean 'l1'?"),
        Case(yaml: "title: {english: Ravines}\nsurface: bowl\nruns: [{optimizer: sgd, lr: 0.1}]", 1, 9, "'english' is not a language code; 'title' takes codes such as 'en' or 'ko'"),

        // Wrong types and out-of-range values.
        Case(extra: "steps: ten", 5, 8, "'steps' must be a whole number, not 'ten'"),
        Case(extra: "steps: 1000000000", 5, 8, "'steps' must be in 1...100000, not 1000000000"),
        Case(extra: "steps: 2.5", 5, 8, "'steps' must be a whole number, not '2.5'"),
        Case(extra: "seed: -1", 5, 7, "'seed' must be in 0...9007199254740992, not -1"),
        Case(run: "  - {optimizer: sgd, lr: -0.1}", 4, 26, "'lr' must be a positive number, not -0.1"),
        Case(run: "  - {optimizer: sgd, lr: fast}", 4, 26, "'lr' must be a positive number or auto, not 'fast'"),
        Case(run: "  - {optimizer: sgd, lr: 0.1, momentum: 1.5}", 4, 41, "'momentum' must be in 0.0...1.0, not 1.5"),
        Case(run: "  - {optimizer: sgd, lr: [0.1, -1]}", 4, 32, "'lr' must be a positive number, not -1.0"),
        Case(extra: "figures: [{kind: contour, levels: many}]", 5, 35, "'levels' must be a whole number or a list of numbers, not 'many'"),
        Case(extra: "schedule: {name: step, step_size: 2.5}", 5, 35, "'step_size' must be a whole number, not 2.5"),
        Case(extra: "domain: {x: [1, -1], y: [-1, 1]}", 5, 13, "'x' must be [min, max] with min < max, not [1.0, -1.0]"),
        Case(extra: "output: {scale: 20}", 5, 17, "'scale' must be in 0.25...8.0, not 20.0"),
        Case(run: "  - {optimizer: sgd, lr: 0.1, lr_auto: {min: 0.1}}", 4, 40, "'lr_auto' applies only to lr: auto"),

        // Unknown names, from the catalogs' own messages.
        Case(run: "  - {optimizer: sgdd, lr: 0.1}", 4, 17, "unknown optimizer 'sgdd'; did you mean 'sgd'?"),
        Case(extra: "schedule: stepp", 5, 11, "unknown schedule 'stepp'; did you mean 'step'?"),
        Case(yaml: "title: T\nsurface: bowls\nruns: [{optimizer: sgd, lr: 0.1}]", 2, 10, "unknown surface 'bowls'; did you mean 'bowl'?"),
        Case(extra: "figures: [{kind: contur}]", 5, 18, "unknown figure kind 'contur'; did you mean 'contour'?"),
        Case(extra: "figures: [{kind: contour, zoom: [1, 0, -1, 1]}]", 5, 33,
             "'zoom' is [x_min, x_max, y_min, y_max] with x_min < x_max and y_min < y_max, not [1.0, 0.0, -1.0, 1.0]"),
        Case(extra: "output: {theme: drak}", 5, 17, "unknown theme 'drak'; did you mean 'dark'?"),

        // Problems found by building through the catalogs.
        Case(extra: "schedule: {name: step}", 5, 18, "'step_size' is required: epochs between decays"),
        Case(yaml: "title: T\nsurface: {expression: \"sinn(x)\"}\nruns: [{optimizer: sgd, lr: 0.1}]", 2, 23, "unknown function 'sinn'; did you mean 'sin'?"),

        // Figures and layouts.
        Case(extra: "figures: [{kind: lr}, {kind: lr}]", 5, 30, "two figures are named 'lr'; give one of them another 'name'"),
        Case(extra: "figures: [{kind: contour, name: paths}, {kind: layout, name: overview, panels: [pahts, lr]}, {kind: lr}]", 5, 81,
             "layout 'overview' shows 'pahts', but the lesson has no figure of that name; did you mean 'paths'?"),
        Case(extra: "figures: [{kind: layout, name: a, panels: [a]}]", 5, 44, "layout 'a' cannot show itself"),
        Case(extra: "figures: [{kind: layout}]", 5, 11, "a layout needs 'panels': the names of the figures it shows, such as [paths, [lr, loss]]"),
        Case(extra: "figures: [{kind: loss, runs: [sdg]}]", 5, 31, "no run has the id 'sdg'; did you mean 'sgd'?"),

        // Sweeps and runs.
        Case(run: "  - {optimizer: sgd, lr: [0.1, 0.2], momentum: [0.5, 0.9]}", 4, 48,
             "a run may sweep over one key only, but 'lr' and 'momentum' are both lists; split it into two runs"),
        Case(run: "  - {optimizer: sgd}", 4, 5, "a run needs a learning rate 'lr': a number, a list of numbers (a sweep) or auto"),
        Case(run: "  - {lr: 0.1}", 4, 5, "a run needs an 'optimizer', such as {optimizer: sgd, lr: 0.1}"),
        Case(run: "  - {optimizer: sgd, lr: 0.1, id: a}\n  - {optimizer: sgd, lr: 0.2, id: a}", 5, 35, "two runs have the id 'a'; ids must be unique"),
        Case(run: "  - {optimizer: sgd, lr: 0.1, id: a b}", 4, 35, "'id' may use only letters, digits, '.', '_' and '-', not 'a b'"),
        Case(run: "  - optimizer: sgd\n    lr: 0.1\n    color: #D55E00", 6, 11, "'color' needs a value; quote it, \"#D55E00\", since # starts a YAML comment"),

        // The file as a whole.
        Case(yaml: "title: T\n", 1, 1, "a lesson needs 'runs'"),
        Case(yaml: "", 1, 1, "the lesson is empty; it needs at least 'title', 'surface' and 'runs'"),
        Case(yaml: "- a\n- b\n", 1, 1, "a lesson must be a map of keys and values, not a list"),
        Case(extra: "steps: 1\nsteps: 2", 6, 1, "the key 'steps' appears more than once in this map; it is first given at line 5, column 1"),
    ]

    @Test(arguments: cases)
    func reportsAtTheOffendingNode(_ example: Case) {
        let diagnostics = Fixtures.diagnostics(example.yaml)
        let expected = Diagnostic(file: Fixtures.file, line: example.line, column: example.column, message: example.message)
        #expect(diagnostics.contains(expected), "got:\n\(diagnostics.map(\.description).joined(separator: "\n"))")
    }

    @Test func yamlSyntaxErrorsHaveTheirPosition() {
        let diagnostics = Fixtures.diagnostics("title: T\nsurface: [bowl\nruns: []\n")
        #expect(diagnostics.count == 1)
        let first = diagnostics.first
        #expect(first?.line == 3)
        #expect(first?.message.hasPrefix("YAML syntax: ") == true)
    }

    @Test func reportsEveryProblemInOrder() {
        let yaml = """
        title: T
        surface: bowl
        stpes: 10
        runs:
          - {optimizer: sgdd, lr: 0.1}
          - {optimizer: sgd, lr: -1}
        figures: [{kind: contur}]
        """
        let diagnostics = Fixtures.diagnostics(yaml)
        #expect(diagnostics.map(\.description) == [
            "Lessons/test.yaml:3:1: error: unknown key 'stpes'; did you mean 'steps'?",
            "Lessons/test.yaml:5:17: error: unknown optimizer 'sgdd'; did you mean 'sgd'?",
            "Lessons/test.yaml:6:26: error: 'lr' must be a positive number, not -1.0",
            "Lessons/test.yaml:7:18: error: unknown figure kind 'contur'; did you mean 'contour'?",
        ])
    }

    @Test func aProblemSharedBySweptRunsIsReportedOnce() {
        let diagnostics = Fixtures.diagnostics(Fixtures.lesson(runs: "  - {optimizer: sgd, lr: [0.1, 0.2, 0.3], momentum: 2}"))
        #expect(diagnostics.map(\.message) == ["'momentum' must be in 0.0...1.0, not 2.0"])
    }
}
