import DescentNumerics
import Foundation
import Testing
@testable import DescentLesson

@Suite("LessonLoader")
struct LessonLoaderTests {
    static let ravine = """
    # yaml-language-server: $schema=schema.json
    title: {en: "Ravines: why SGD zig-zags", ko: "협곡: SGD가 지그재그로 움직이는 이유"}
    goal: "See momentum cross the valley that SGD zig-zags across."
    surface: {name: ravine, condition: 25}
    domain: {x: [-3, 3], y: [-2, 2]}
    start: [-2.5, 1.5]
    steps: 50
    seed: 7
    schedule: {name: StepLR, step_size: 10}
    runs:
      - optimizer: SGD
        lr: 0.05
        label: "Plain SGD"
      - {optimizer: momentum, lr: 0.05, momentum: 0.9, color: "#D55E00"}
      - {optimizer: adam, lr: 0.1, betas: [0.9, 0.999], schedule: constant, steps_per_epoch: 5}
      - {optimizer: sgd, lr: [0.01, 0.1, 0.5, 1.05]}
    figures:
      - {kind: contour, name: paths, caption: {en: "Look at the zig-zag", ko: "지그재그를 보세요"}}
      - {kind: lr}
      - {kind: loss, log: true}
      - {kind: layout, name: overview, panels: [paths, [lr, loss]]}
    output: {formats: [png, svg, pdf], size: slide, scale: 2, theme: dark, language: ko}
    export: csv
    """

    @Test func readsTheWholeFormat() throws {
        let lesson = try Fixtures.load(Self.ravine)
        #expect(lesson.name == "test")
        #expect(lesson.title.resolved(language: "ko") == "협곡: SGD가 지그재그로 움직이는 이유")
        #expect(lesson.title.resolved(language: "fr") == "Ravines: why SGD zig-zags")
        #expect(lesson.goal?.resolved(language: "ko") == "See momentum cross the valley that SGD zig-zags across.")
        #expect(lesson.surface == SurfaceChoice(source: .named(CatalogChoice(name: "ravine", parameters: ["condition": .number(25)]))))
        #expect(lesson.domain == Domain(x: -3...3, y: -2...2))

        #expect(lesson.runs.map(\.id) == ["sgd", "momentum", "adam", "sgd-lr-0.01", "sgd-lr-0.1", "sgd-lr-0.5", "sgd-lr-1.05"])
        #expect(lesson.runs.map { $0.label.resolved(language: "en") } == [
            "Plain SGD", "Momentum", "Adam", "SGD, lr = 0.01", "SGD, lr = 0.1", "SGD, lr = 0.5", "SGD, lr = 1.05",
        ])
        let sgd = lesson.runs[0]
        #expect(sgd.optimizer == CatalogChoice(name: "sgd"))
        #expect(sgd.learningRate == .fixed(0.05))
        #expect(sgd.schedule == CatalogChoice(name: "step", parameters: ["step_size": .number(10)]))
        #expect(sgd.starts == [Vec2(-2.5, 1.5)])
        #expect(sgd.steps == 50)
        #expect(sgd.stepsPerEpoch == 1)
        #expect(sgd.seed == 7)
        #expect(sgd.batchSize == nil)
        #expect(sgd.noise == 0)
        #expect(sgd.color == nil)
        #expect(sgd.sweep == nil)

        #expect(lesson.runs[1].optimizer == CatalogChoice(name: "momentum", parameters: ["momentum": .number(0.9)]))
        #expect(lesson.runs[1].color == 0xD55E00)
        #expect(lesson.runs[2].optimizer.parameters == ["betas": .list([.number(0.9), .number(0.999)])])
        #expect(lesson.runs[2].schedule == CatalogChoice(name: "constant"))
        #expect(lesson.runs[2].stepsPerEpoch == 5)
        #expect(lesson.runs[6].learningRate == .fixed(1.05))
        #expect(lesson.runs[6].sweep == SweepMember(group: "sgd", key: "lr", value: .number(1.05), index: 3))

        #expect(lesson.figures.map(\.name) == ["paths", "lr", "loss", "overview"])
        #expect(lesson.figures[0].caption?.resolved(language: "ko") == "지그재그를 보세요")
        #expect(lesson.figures[2].options == ["log": .boolean(true)])
        #expect(lesson.figures[3].panels == .row([.figure("paths"), .column([.figure("lr"), .figure("loss")])]))

        #expect(lesson.output == OutputSettings(formats: [.png, .svg, .pdf], size: .slide, scale: 2, theme: .dark, language: "ko"))
        #expect(lesson.export == [.csv])
        #expect(lesson.warnings.isEmpty)
    }

    @Test func fillsDefaults() throws {
        let lesson = try Fixtures.load(Fixtures.lesson())
        #expect(lesson.goal == nil)
        #expect(lesson.domain == nil)
        let run = try #require(lesson.runs.first)
        #expect(run.id == "sgd")
        #expect(run.label == LocalizedText("SGD"))
        #expect(run.steps == 100)
        #expect(run.stepsPerEpoch == 1)
        #expect(run.seed == 0)
        #expect(run.batchSize == nil)
        #expect(run.noise == 0)
        #expect(run.schedule == CatalogChoice(name: "constant"))
        // Bowl's own start point.
        #expect(run.starts == [Vec2(-1.6, 1.4)])
        #expect(lesson.figures == LessonReader.defaultFigures)
        #expect(lesson.figures.map(\.name) == ["contour", "lr", "loss", "overview"])
        #expect(lesson.figure(named: "overview")?.panels == .row([.figure("contour"), .column([.figure("lr"), .figure("loss")])]))
        #expect(lesson.output == OutputSettings())
        #expect(lesson.output.formats == [.png])
        #expect(lesson.output.scale == 2)
        #expect(lesson.export.isEmpty)
    }

    @Test func optionDefaultsComeFromTheKind() throws {
        let lesson = try Fixtures.load(Fixtures.lesson("figures: [{kind: lr, per: epoch}, {kind: contour}]"))
        #expect(lesson.figures[0].option("per") == .text("epoch"))
        #expect(lesson.figures[0].option("log") == .boolean(false))
        #expect(lesson.figures[1].option("levels") == .number(14))
        #expect(lesson.figures[1].option("dots_every") == nil)
    }

    @Test func runOverridesLessonSettings() throws {
        let lesson = try Fixtures.load(Fixtures.lesson(runs: """
          - {optimizer: sgd, lr: 0.1}
          - {optimizer: sgd, lr: 0.1, steps: 20, steps_per_epoch: 4, seed: 3, batch_size: 8, noise: 0.5, start: [[1, 1], [-1, 0.5]], schedule: {name: step, step_size: 2, gamma: 0.5}}
        """, """
        steps: 30
        batch_size: 16
        """))
        let (base, custom) = (lesson.runs[0], lesson.runs[1])
        #expect(base.steps == 30)
        #expect(base.batchSize == 16)
        #expect(custom.id == "sgd-2")
        #expect(custom.steps == 20)
        #expect(custom.stepsPerEpoch == 4)
        #expect(custom.seed == 3)
        #expect(custom.batchSize == 8)
        #expect(custom.noise == 0.5)
        #expect(custom.starts == [Vec2(1, 1), Vec2(-1, 0.5)])
        #expect(custom.schedule == CatalogChoice(name: "step", parameters: ["step_size": .number(2), "gamma": .number(0.5)]))
        #expect(custom.buildContext(learningRate: 0.1) == BuildContext(totalSteps: 20, stepsPerEpoch: 4, learningRate: 0.1, optimizer: "sgd"))
    }

    @Test func figureRunsSelectRunsAndSweeps() throws {
        let lesson = try Fixtures.load(Fixtures.lesson(runs: """
          - {optimizer: adam, lr: 0.1}
          - {optimizer: sgd, lr: [0.1, 0.2]}
        """, "figures: [{kind: lr-sweep, runs: sgd}, {kind: loss, runs: [adam, sgd-lr-0.2]}]"))
        #expect(lesson.figures[0].runs == ["sgd-lr-0.1", "sgd-lr-0.2"])
        #expect(lesson.figures[1].runs == ["adam", "sgd-lr-0.2"])
        #expect(lesson.runs(for: lesson.figures[1]).map(\.id) == ["adam", "sgd-lr-0.2"])
        #expect(lesson.runs(for: FigureRequest(name: "all", kind: .loss)).count == 3)
    }

    @Test func autoLearningRate() throws {
        let lesson = try Fixtures.load(Fixtures.lesson(runs: """
          - {optimizer: sgd, lr: auto}
          - {optimizer: adam, lr: auto, lr_auto: {min: 0.001, max: 1, points: 4, criterion: best}}
        """))
        #expect(lesson.runs[0].learningRate == .auto(LearningRateSearch()))
        #expect(lesson.runs[1].learningRate == .auto(LearningRateSearch(min: 0.001, max: 1, points: 4, criterion: .best)))
    }

    @Test func scalarsAreReadStrictly() throws {
        // 1e-4 is a number (YAML 1.1 would read it as text); `yes` is text, not a boolean.
        let lesson = try Fixtures.load(Fixtures.lesson(runs: "  - {optimizer: sgd, lr: 1e-4}"))
        #expect(lesson.runs[0].learningRate == .fixed(0.0001))
        let diagnostics = Fixtures.diagnostics(Fixtures.lesson(runs: "  - {optimizer: sgd, lr: \"0.1\", nesterov: yes}"))
        #expect(diagnostics.map(\.message) == [
            "'lr' must be a positive number or auto, not '0.1'",
            "'nesterov' must be true or false, not 'yes'",
        ])
    }

    @Test func outputSizeInPoints() throws {
        let lesson = try Fixtures.load(Fixtures.lesson("output: {formats: svg, size: {width: 400, height: 300}}\nexport: [csv]"))
        #expect(lesson.output.formats == [.svg])
        #expect(lesson.output.size == .custom(width: 400, height: 300))
        #expect(lesson.output.size.points == (400, 300))
        #expect(OutputSettings.PageSize.slide.points == (800, 450))
        #expect(lesson.export == [.csv])
    }

    @Test func warnsAboutStartsOutsideTheDomain() throws {
        let lesson = try Fixtures.load(Fixtures.lesson("domain: {x: [-1, 1], y: [-1, 1]}\nstart: [2, 0]"))
        #expect(lesson.warnings.map(\.description) == ["Lessons/test.yaml:6:8: warning: start point (2.0, 0.0) lies outside the domain x -1.0...1.0, y -1.0...1.0"])
    }

    @Test func worksWithTheStandardCatalogs() throws {
        let lesson = try LessonLoader.parse(yaml: """
        title: Step size
        surface: quadratic
        runs:
          - {optimizer: SGD, lr: [0.1, 1.0]}
        """, file: "step-size.yaml")
        #expect(lesson.name == "step-size")
        #expect(lesson.surface.catalogChoice == CatalogChoice(name: "bowl"))
        #expect(lesson.runs.map(\.id) == ["sgd-lr-0.1", "sgd-lr-1"])
        #expect(lesson.runs[1].label == LocalizedText("SGD, lr = 1"))
    }

    @Test func loadsFromDisk() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("descent-lesson-\(UInt32.random(in: 0...UInt32.max)).yaml").path
        try Fixtures.lesson().write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let lesson = try Fixtures.loader.load(path: path)
        #expect(path.hasSuffix(lesson.name + ".yaml"))

        #expect(throws: LessonLoadError.self) { try Fixtures.loader.load(path: path + ".missing") }
    }
}
