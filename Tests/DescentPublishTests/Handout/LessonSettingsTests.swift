import DescentLesson
import Testing
@testable import DescentPublish

@Suite struct LessonSettingsTests {
    static let yaml = """
    title: {en: "Ravines", ko: "협곡"}
    surface: {name: ravine, condition: 20, l2: 0.5}
    start: [-2.5, 1]
    steps: 60
    runs:
      - {optimizer: sgd, lr: 0.09, label: {en: "Plain SGD", ko: "SGD"}}
      - {optimizer: adam, lr: 0.3, betas: [0.8, 0.99], schedule: {name: StepLR, step_size: 30, gamma: 0.1}, steps_per_epoch: 3}
      - {optimizer: sgd, lr: auto, batch_size: 8, seed: 4}
    """

    @Test func rowsStateEachRunsSettings() throws {
        let settings = LessonSettings(lesson: try Fixtures.parsed(Self.yaml), strings: .english)
        #expect(settings.surface == "ravine (condition = 20, l2 = 0.5)")
        #expect(settings.rows.count == 3)
        #expect(settings.rows[0] == ["Plain SGD", "sgd", "0.09", "constant", "\u{2013}", "\u{2013}", "60", "(\u{2212}2.5, 1)"])
        #expect(settings.rows[1][1] == "adam")
        #expect(settings.rows[1][2] == "0.3")
        #expect(settings.rows[1][3] == "step, gamma = 0.1, step_size = 30")
        #expect(settings.rows[1][4] == "betas = [0.8, 0.99]")
        #expect(settings.rows[1][5] == "\u{2013}")
        #expect(settings.rows[1][6] == "60 (3 per epoch)")
        #expect(settings.rows[2][2] == "auto (searched)")
        #expect(settings.rows[2][4] == "\u{2013}")
        #expect(settings.rows[2][5] == "batch_size = 8, seed = 4")
    }

    /// A seed ensemble names its members' seeds, `seed ... seed + seeds - 1`, and their count.
    @Test func anEnsembleNamesItsSeeds() throws {
        let settings = LessonSettings(lesson: try Fixtures.parsed("""
        title: Seeds
        surface: {name: ravine, noise: 0.5}
        start: [1, 1]
        steps: 10
        runs:
          - {optimizer: sgd, lr: 0.1, seed: 3, seeds: 5}
        """), strings: .english)
        #expect(settings.rows[0][5] == "noise = 0.5, seeds 3\u{2026}7 (5)")
    }

    /// What every run shares is stated once above the table, and a column empty in every row is
    /// left out; the table keeps the run's name and what differs.
    @Test func sharedColumnsAreStatedOnce() {
        let settings = LessonSettings(surface: "ravine", rows: [
            ["triangular", "sgd", "0.01", "cyclic, mode = triangular", "\u{2013}", "noise = 0.3", "120", "(0, 1)"],
            ["one-cycle", "sgd", "0.15", "onecycle", "\u{2013}", "noise = 0.3", "120", "(0, 1)"],
        ])
        let printed = settings.printed
        #expect(printed.columns == [0, 2, 3])
        #expect(printed.shared.map(\.column) == [1, 5, 6, 7])
        #expect(printed.shared.map(\.value) == ["sgd", "noise = 0.3", "120", "(0, 1)"])
        #expect(printed.rows == [["triangular", "0.01", "cyclic, mode = triangular"], ["one-cycle", "0.15", "onecycle"]])
        // One run: nothing is shared, the empty columns still go.
        let one = LessonSettings(surface: "ravine", rows: [settings.rows[0]]).printed
        #expect(one.shared.isEmpty && one.columns == [0, 1, 2, 3, 5, 6, 7])
    }

    @Test func koreanUsesTheKoreanLabelsAndWords() throws {
        let settings = LessonSettings(lesson: try Fixtures.parsed(Self.yaml), strings: .korean)
        #expect(settings.rows[0][0] == "SGD")
        #expect(settings.rows[1][6] == "60 (에폭당 3)")
    }

    @Test func aSweepTakesOneRow() throws {
        // Lesson 03's shape: two learning-rate sweeps of 12 values each (24 runs) and a momentum
        // sweep of 3; each sweep is one row, its values as a set, the labels' shared part first.
        let lesson = try Fixtures.parsed("""
        title: Sweeps
        surface: bowl
        start: [1, 1]
        steps: 10
        runs:
          - {optimizer: sgd, label: "B = 2, η = {value}", batch_size: 2, lr: [0.005, 0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5]}
          - {optimizer: sgd, label: "B = 64, η = {value}", batch_size: 64, lr: [0.005, 0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5]}
          - {optimizer: sgd, lr: 0.05, momentum: [0.5, 0.9, 0.99]}
          - {optimizer: adam, lr: 0.1}
        """)
        #expect(lesson.runs.count == 28)
        let settings = LessonSettings(lesson: lesson, strings: .english)
        try #require(settings.rows.count == 4)
        #expect(settings.rows[0][0] == "B = 2")
        #expect(settings.rows[0][2] == "{0.005 \u{2026} 0.5}, 12 values")
        #expect(settings.rows[0][5].hasPrefix("batch_size = 2, seed = "))
        #expect(settings.rows[1][0] == "B = 64")
        #expect(settings.rows[2][0] == "SGD")
        #expect(settings.rows[2][2] == "0.05")
        #expect(settings.rows[2][4] == "momentum \u{2208} {0.5, 0.9, 0.99}")
        #expect(settings.rows[3][0] == "Adam")
        #expect(LessonSettings(lesson: lesson, strings: .korean).rows[0][2] == "{0.005 \u{2026} 0.5}, 값 12개")
    }

    @Test func cellsAreMarkupWithTheLessonsTagsKept() throws {
        let lesson = try Fixtures.parsed("""
        title: Tags
        surface: {expression: "x^2 + 2*y^2"}
        start: [1, 1]
        steps: 10
        runs:
          - {optimizer: sgd, lr: 0.1, label: "η<sub>0</sub> & co"}
        """)
        let settings = LessonSettings(lesson: lesson, strings: .english)
        #expect(settings.rows[0][0] == "η<sub>0</sub> &amp; co")
        #expect(settings.surface == "f(x, y) = x² + 2·y²")
    }

    /// -1.2000000000000002 is -1.2 computed (-1.2 + 2e-16): 12 significant digits print -1.2.
    @Test(arguments: [(20.0, "20"), (0.9, "0.9"), (-2.5, "\u{2212}2.5"), (1e-8, "1e\u{2212}08"), (0, "0"), (-1.2000000000000002, "\u{2212}1.2")])
    func numbers(value: Double, text: String) {
        #expect(NumberText.text(value) == text)
    }

    @Test func markupEscapesTheFiveSpecialCharacters() {
        #expect(Markup.escaped(#"a < b & c > "d" 'e'"#) == "a &lt; b &amp; c &gt; &quot;d&quot; &#39;e&#39;")
    }
}
