import Testing
@testable import DescentLesson

@Suite("Surfaces in lessons")
struct SurfaceTests {
    func lesson(_ surface: String, runs: String = "  - {optimizer: sgd, lr: 0.1}") throws -> Lesson {
        try Fixtures.load("title: T\nsurface: \(surface)\nruns:\n\(runs)")
    }

    @Test func catalogAliasBecomesTheCanonicalName() throws {
        #expect(try lesson("quadratic").surface.catalogChoice == CatalogChoice(name: "bowl"))
    }

    @Test func expressionWithConstants() throws {
        let surface = try lesson("{expression: \"a*x^2 + 10*y^2\", parameters: {a: 2}}").surface
        #expect(surface.source == .expression("a*x^2 + 10*y^2", parameters: ["a": .number(2)]))
        // The real `expression` entry takes its constants as one text, "a = 2; b = 3".
        #expect(surface.catalogChoice == CatalogChoice(name: "expression", parameters: ["expression": .text("a*x^2 + 10*y^2"), "constants": .text("a = 2.0")]))
    }

    @Test func regularizationAndNoiseModifiers() throws {
        let lesson = try lesson("{name: ravine, condition: 10, l1: 0.1, l2: 0.2, noise: 0.5}", runs: "  - {optimizer: sgd, lr: 0.1}\n  - {optimizer: sgd, lr: 0.1, noise: 0}")
        #expect(lesson.surface == SurfaceChoice(source: .named(CatalogChoice(name: "ravine", parameters: ["condition": .number(10)])), l1: 0.1, l2: 0.2))
        #expect(lesson.runs.map(\.noise) == [0.5, 0])
    }

    @Test func aSurfaceParameterNamedLikeAModifierBelongsToTheSurface() throws {
        // least_squares has its own `noise` (label noise of its data), which wins over gradient noise.
        let lesson = try lesson("{name: least_squares, noise: 0.3}")
        #expect(lesson.surface.catalogChoice == CatalogChoice(name: "least_squares", parameters: ["noise": .number(0.3)]))
        #expect(lesson.runs[0].noise == 0)
    }

    @Test(arguments: [
        ("{condition: 3}", 2, 10, "'surface' needs a 'name' (a catalog surface) or an 'expression' (a formula in x and y)"),
        ("{name: bowl, expression: \"x\"}", 2, 23, "'surface' takes a 'name' or an 'expression', not both"),
        ("{name: bowl, l2: -1}", 2, 27, "'l2' must be 0 or more, not -1.0"),
        ("{name: ravine, condition: 0.5}", 2, 36, "'condition' must be in 1.0...1000000.0, not 0.5"),
        ("{expression: \"x\", parameters: {a: big}}", 2, 44, "'a' must be a number, not 'big'"),
    ])
    func problems(_ surface: String, _ line: Int, _ column: Int, _ message: String) {
        let diagnostics = Fixtures.diagnostics("title: T\nsurface: \(surface)\nruns: [{optimizer: sgd, lr: 0.1}]")
        #expect(diagnostics.contains(Diagnostic(file: Fixtures.file, line: line, column: column, message: message)), "got \(diagnostics)")
    }
}
