import DescentNumerics
import Testing
@testable import DescentLesson

/// The figure-kind catalog: every record is complete, and the loader reads kinds and options
/// through it (names, did-you-mean, types, ranges and defaults).
@Suite("FigureKinds")
struct FigureKindsCatalogTests {
    @Test func namesAreUniqueAndFoundByName() {
        let names = FigureKinds.catalog.kinds.map(\.name)
        #expect(names.count == 23)
        #expect(Set(names).count == names.count)
        for name in names { #expect(FigureKinds.catalog.kind(named: name)?.name == name) }
        #expect(FigureKinds.catalog.kind(named: "LR_Sweep")?.name == "lr-sweep")
    }

    @Test(arguments: FigureKinds.catalog.kinds.map(\.name))
    func everyOptionHasASummaryAndAValidDefault(name: String) throws {
        let kind = try #require(FigureKinds.catalog.kind(named: name))
        #expect(!kind.summary.isEmpty)
        #expect(kind.layoutWeight > 0)
        for spec in kind.options {
            #expect(!spec.summary.isEmpty, "\(name).\(spec.name) has no summary")
            if let value = spec.defaultValue { #expect(spec.check(value) == nil, "\(name).\(spec.name): default \(value) fails its own check") }
        }
    }

    @Test func anOptionsDefaultIsTheSpecsDefault() throws {
        let lesson = try Fixtures.load(Fixtures.lesson("figures:\n  - {kind: contour, name: map}\n  - {kind: basins, name: b}"))
        let map = try #require(lesson.figure(named: "map"))
        #expect(map.options.isEmpty)
        #expect(map.option("levels") == FigureOptions.levels.defaultValue)
        #expect(map.option("levels") == .number(14))
        #expect(map.option("resolution") == .number(161))
        #expect(try #require(lesson.figure(named: "b")).option("resolution") == .number(60))
    }

    @Test func levelsAreACountOrTheValues() throws {
        let lesson = try Fixtures.load(Fixtures.lesson("figures:\n  - {kind: contour, name: a, levels: 20}\n  - {kind: contour, name: b, levels: [0.5, 1, 2]}"))
        #expect(lesson.figure(named: "a")?.options["levels"] == .number(20))
        #expect(lesson.figure(named: "b")?.options["levels"] == .list([.number(0.5), .number(1), .number(2)]))
    }

    @Test("bad levels and resolutions are reported at their value", arguments: [
        ("levels: 2.5", "'levels' must be a whole number (a count) or a list of numbers, not 2.5"),
        ("levels: 1", "'levels' must be in 2.0...100.0, not 1.0"),
        ("levels: []", "'levels' must list at least one number"),
        ("levels: [1, high]", "'levels' must be a list of numbers, not '[1.0, high]'"),
        ("resolution: 8", "'resolution' must be in 16.0...1024.0, not 8.0"),
        ("resolution: 2000", "'resolution' must be in 16.0...1024.0, not 2000.0"),
    ])
    func badOptions(option: String, message: String) {
        let diagnostics = Fixtures.diagnostics(Fixtures.lesson("figures:\n  - {kind: contour, \(option)}"))
        #expect(diagnostics.map(\.message) == [message])
        #expect(diagnostics.first?.line == 6)
    }

    @Test func unknownKindsGetADidYouMean() {
        let diagnostics = Fixtures.diagnostics(Fixtures.lesson("figures:\n  - {kind: contuor}"))
        #expect(diagnostics.map(\.message) == ["unknown figure kind 'contuor'; did you mean 'contour'?"])
        #expect(diagnostics.first?.line == 6)
        #expect(diagnostics.first?.column == 12)
    }

    @Test func writeFalseKeepsAFigureForLayoutsOnly() throws {
        let lesson = try Fixtures.load(Fixtures.lesson("""
            figures:
              - {kind: contour, name: paths, write: false}
              - {kind: loss, name: loss, write: false}
              - {kind: layout, name: overview, panels: [paths, loss]}
            """))
        #expect(lesson.figures.map(\.writesFile) == [false, false, true])
        #expect(lesson.writtenFigures.map(\.name) == ["overview"])
    }

    /// `at` steps past the runs' end would draw nothing (a decision-boundary map, a data-fit
    /// line): they are an error at the value, naming the last step.
    @Test func atStepsPastTheEndAreAnError() {
        let diagnostics = Fixtures.diagnostics(Fixtures.lesson("steps: 20\nfigures:\n  - {kind: step-anatomy, at: [1, 5, 50]}"))
        #expect(diagnostics.map(\.message) == ["'at' step 50 is past the runs' last step (20); use steps from 0 to 20"])
        #expect(diagnostics.first?.line == 7)
        #expect(diagnostics.first?.column == 30)
        #expect(Fixtures.diagnostics(Fixtures.lesson("steps: 20\nfigures:\n  - {kind: step-anatomy, at: [1, 5, 20]}")).isEmpty)
    }

    @Test func writeFalseWithoutALayoutIsAnError() {
        let diagnostics = Fixtures.diagnostics(Fixtures.lesson("figures:\n  - {kind: contour, name: paths, write: false}\n  - {kind: lr, write: maybe}"))
        #expect(diagnostics.map(\.message) == [
            "figure 'paths' has write: false but no layout or animation shows it, so it would never be drawn; show it in a layout's 'panels' or drop 'write: false'",
            "'write' must be true or false, not 'maybe'",
        ])
    }

    /// A kind that reuses another's drawing is one record; the loader takes it once it is in the
    /// lesson catalogs, with its own defaults.
    @Test func aNewKindIsOneRecordInTheCatalog() throws {
        var catalogs = Fixtures.catalogs
        catalogs.figures = Catalog(kind: "figure kind", entries: FigureKinds.catalog.entries + [FigureKind.fineMap.catalogEntry])
        let lesson = try LessonLoader(catalogs: catalogs).parse(yaml: Fixtures.lesson("figures:\n  - {kind: fine-map, levels: 40}"), file: Fixtures.file)
        let figure = try #require(lesson.figures.first)
        #expect(figure.kind == .fineMap)
        #expect(figure.kind.builder == "contour")
        #expect(figure.option("resolution") == .number(400))
        #expect(figure.option("levels") == .number(40))
        #expect(LessonSchema.json(catalogs: catalogs).contains("\"fine-map: a finely sampled contour map\""))
        #expect(LessonReference.figureKinds(catalogs.figures).contains("| `fine-map` | a finely sampled contour map |"))
    }
}

extension FigureKind {
    /// A contour map sampled four times as finely by default, drawn by the contour builder.
    static let fineMap = FigureKind(
        name: "fine-map", summary: "a finely sampled contour map",
        options: FigureKind.contour.options.map { $0.name == "resolution" ? $0.withDefault(.number(400)) : $0 },
        layoutWeight: 1.25, builder: FigureKind.contour.name
    )
}
