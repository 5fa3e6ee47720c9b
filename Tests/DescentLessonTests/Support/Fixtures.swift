import DescentNumerics
@testable import DescentLesson

/// Small catalogs made for these tests, so they do not depend on which optimizers, schedules
/// and surfaces the numerics module ships.
enum Fixtures {
    static let optimizers = Catalog<any Optimizer>(kind: "optimizer", entries: [
        CatalogEntry(name: "sgd", aliases: ["SGD"], summary: "plain SGD", parameters: [
            ParameterSpec("momentum", .number, range: 0...1, default: .number(0), summary: "momentum factor"),
            ParameterSpec("nesterov", .boolean, default: .boolean(false), summary: "Nesterov momentum"),
        ]) { _ in SGD() },
        CatalogEntry(name: "adam", aliases: ["Adam"], summary: "Adam", parameters: [
            ParameterSpec("betas", .numbers(count: 2), range: 0...0.999999, default: .list([.number(0.9), .number(0.999)]), summary: "moment decay rates"),
            ParameterSpec("eps", .number, range: 1e-300...1, default: .number(1e-8), summary: "denominator term"),
        ]) { _ in SGD() },
        CatalogEntry(name: "momentum", summary: "SGD with momentum 0.9", parameters: [
            ParameterSpec("momentum", .number, range: 0...1, default: .number(0.9), summary: "momentum factor"),
        ]) { _ in SGD() },
    ])

    static let schedules = Catalog<any LearningRateSchedule>(kind: "schedule", entries: [
        CatalogEntry(name: "constant", aliases: ["none"], summary: "constant", parameters: []) { _ in ConstantSchedule() },
        CatalogEntry(name: "step", aliases: ["StepLR"], summary: "step decay", parameters: [
            ParameterSpec("step_size", .integer, range: 1...1_000_000, summary: "epochs between decays"),
            ParameterSpec("gamma", .number, range: 0...1, default: .number(0.1), summary: "decay factor"),
        ]) { reader throws(ParameterError) in
            guard try reader.optionalInteger("step_size") != nil else { throw reader.missing("step_size", "epochs between decays") }
            return ConstantSchedule()
        },
    ])

    static let surfaces = Catalog<any Surface>(kind: "surface", entries: [
        CatalogEntry(name: "bowl", aliases: ["quadratic"], summary: "bowl", parameters: []) { _ in Bowl() },
        CatalogEntry(name: "ravine", summary: "ravine", parameters: [
            ParameterSpec("condition", .number, range: 1...1e6, default: .number(20), summary: "condition number"),
        ]) { _ in Bowl() },
        CatalogEntry(name: "least_squares", summary: "data surface", parameters: [
            ParameterSpec("noise", .number, range: 0...10, default: .number(0.1), summary: "label noise"),
        ]) { _ in Bowl() },
        CatalogEntry(name: SurfaceChoice.expressionEntry, summary: "formula", parameters: [
            ParameterSpec(SurfaceChoice.expressionEntry, .text, summary: "the formula"),
            ParameterSpec("constants", .text, summary: "named constants, \"a = 1; b = 2\""),
        ]) { reader throws(ParameterError) in
            guard let formula = try reader.optionalText(SurfaceChoice.expressionEntry), !formula.contains("sinn") else {
                throw reader.invalid(SurfaceChoice.expressionEntry, "unknown function 'sinn'; did you mean 'sin'?")
            }
            return Bowl()
        },
    ])

    static let catalogs = LessonCatalogs(optimizers: optimizers, schedules: schedules, surfaces: surfaces)
    static let loader = LessonLoader(catalogs: catalogs)

    /// The file name every test lesson is parsed under.
    static let file = "Lessons/test.yaml"

    /// Loads `yaml` with the fixture catalogs.
    static func load(_ yaml: String) throws(LessonLoadError) -> Lesson {
        try loader.parse(yaml: yaml, file: file)
    }

    /// The diagnostics of a lesson that must fail to load, or an empty list when it loads.
    static func diagnostics(_ yaml: String) -> [Diagnostic] {
        do {
            _ = try load(yaml)
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// A minimal valid lesson with `extra` appended (top-level keys).
    static func lesson(runs: String = "  - {optimizer: sgd, lr: 0.1}", _ extra: String = "") -> String {
        """
        title: Test
        surface: bowl
        runs:
        \(runs)
        \(extra)
        """
    }
}
