import DescentLesson
import DescentNumerics
import DescentPlot
import Testing
@testable import DescentPipeline

/// The two halves of the figure-kind catalog agree: `FigureKinds.catalog` (DescentLesson)
/// describes the kinds, `FigureBuilders` (here) draws them, keyed by name.
@Suite("FigureBuilders")
struct FigureBuildersTests {
    @Test func everyKindHasABuilderAndEveryBuilderAKind() {
        let wanted = Set(FigureKinds.catalog.kinds.map(\.builder))
        let present = FigureBuilders.all.map(\.name)
        #expect(Set(present).count == present.count, "two builders share a name")
        #expect(Set(present) == wanted)
        #expect(Set(FigureKinds.catalog.kinds.map(\.name)) == wanted, "a shipped kind reuses another's builder; list it in this test")
    }

    /// Contexts for a lesson loaded with `catalogs`, as `LessonBuilder.compile` makes them.
    static func context(_ yaml: String, catalogs: LessonCatalogs = .standard) throws -> FigureContext {
        let lesson = try LessonLoader(catalogs: catalogs).parse(yaml: yaml, file: "fixture.yaml")
        let surface = try Surfaces.catalog.build(lesson.surface.catalogChoice(domain: lesson.domain).name)
        let runner = LessonRunner(surface: surface)
        let runs = try lesson.runs.map { try runner.run($0) }
        return FigureContext(
            lesson: lesson, surface: surface, domain: lesson.domain ?? surface.defaultDomain, runs: runs,
            styles: RunStyles(runs: lesson.runs.map { ($0.id, $0.color) }, theme: .light), theme: .light, language: "en"
        )
    }

    /// A kind that reuses an existing drawing is one record (`FigureKind.fineMap`, below: the new
    /// file) and one line in the catalog (`catalogs.figures = ...`): the loader, the schema, the
    /// documentation and the assembler take it without another change.
    @Test func aKindReusingAPanelIsOneRecordAndOneLine() throws {
        var catalogs = LessonCatalogs.standard
        catalogs.figures = Catalog(kind: "figure kind", entries: FigureKinds.catalog.entries + [FigureKind.fineMap.catalogEntry])
        let context = try Self.context("""
            title: fine
            surface: bowl
            steps: 5
            runs: [{optimizer: sgd, lr: 0.1}]
            figures:
              - {kind: fine-map, name: fine, levels: [0.5, 1, 2]}
              - {kind: lr, name: lr}
              - {kind: layout, name: both, panels: [fine, lr]}
            """, catalogs: catalogs)
        let assembler = FigureAssembler(context: context)
        let fine = try #require(context.lesson.figure(named: "fine"))
        guard case .panel(.contour(let panel)) = assembler.figure(fine, size: FigureSize.slide).layout else {
            Issue.record("the fine map is not a contour panel")
            return
        }
        #expect(panel.field.columns == 400 && panel.field.rows == 400)
        #expect(panel.levels == .explicit([0.5, 1, 2]))
        #expect(panel.paths.map(\.id) == ["sgd"])

        let both = try #require(context.lesson.figure(named: "both"))
        guard case .row(let items, let weights) = assembler.figure(both, size: FigureSize.slide).layout else {
            Issue.record("the layout is not a row")
            return
        }
        #expect(items.count == 2)
        #expect(weights == [FigureKind.fineMap.layoutWeight, FigureKind.lr.layoutWeight])
        #expect(LessonSchema.json(catalogs: catalogs).contains("\"fine-map: a finely sampled contour map\""))
    }

    @Test("resolution and level values reach the contour, heatmap and 3D panels")
    func resolutionAndLevels() throws {
        let context = try Self.context("""
            title: options
            surface: bowl
            steps: 5
            runs: [{optimizer: sgd, lr: 0.1}]
            figures:
              - {kind: contour, name: coarse, resolution: 32, levels: [2, 0.5, 1]}
              - {kind: contour, name: plain}
              - {kind: heatmap, name: image, resolution: 48}
              - {kind: surface3d, name: view, resolution: 20}
              - {kind: grid, name: small, resolution: 24, levels: 5}
            """)
        let assembler = FigureAssembler(context: context)
        func layout(_ name: String) throws -> PanelLayout {
            try assembler.figure(#require(context.lesson.figure(named: name)), size: FigureSize.slide).layout
        }
        guard case .panel(.contour(let coarse)) = try layout("coarse"), case .panel(.contour(let plain)) = try layout("plain"),
              case .panel(.heatmap(let image)) = try layout("image"), case .panel(.surface3d(let view)) = try layout("view") else {
            Issue.record("unexpected panels")
            return
        }
        #expect(coarse.field.columns == 32 && coarse.field.rows == 32)
        #expect(coarse.levels == .explicit([2, 0.5, 1]))
        // The defaults are the catalog's: 161 samples per side and 14 levels spaced from the surface.
        #expect(plain.field.columns == 161)
        #expect(plain.levels == .automatic(count: 14))
        #expect(image.field.columns == 48)
        #expect(view.field.columns == 20)
        #expect(view.azimuth == -60 && view.elevation == 30)
        let cells = FigureFixture.panels(try layout("small"))
        guard case .contour(let cell)? = cells.first else {
            Issue.record("the grid has no contour panel")
            return
        }
        #expect(cell.field.columns == 24)
        #expect(cell.levels == .automatic(count: 5))
    }
}

extension FigureKind {
    /// A contour map sampled 400 times per side by default, drawn by the contour builder.
    static let fineMap = FigureKind(
        name: "fine-map", summary: "a finely sampled contour map",
        options: FigureKind.contour.options.map { $0.name == "resolution" ? $0.withDefault(.number(400)) : $0 },
        layoutWeight: 1.25, builder: FigureKind.contour.name
    )
}
