import DescentNumerics
import Testing
@testable import DescentLesson

/// Reading `claims:`: what each map becomes, and the located errors of bad ones.
@Suite("Lesson claims")
struct LessonClaimsTests {
    static let head = """
        title: T
        surface: bowl
        runs:
          - {optimizer: sgd, lr: 0.1, id: sgd}
          - {optimizer: momentum, lr: 0.05, id: momentum}
        claims:

        """

    /// The lesson read from `claims` (lines 7 on).
    static func lesson(_ claims: [String]) throws(LessonLoadError) -> Lesson {
        try LessonLoader().parse(yaml: head + claims.map { "  - \($0)" }.joined(separator: "\n") + "\n", file: "c.yaml")
    }

    /// The errors of `claims` as `line:column: message`.
    static func errors(_ claims: [String]) -> [String] {
        do {
            _ = try lesson(claims)
            return []
        } catch {
            return error.diagnostics.map { "\($0.line):\($0.column): \($0.message)" }
        }
    }

    /// Each check of a map is a claim of its own, at its key; defaults are filled in.
    @Test func mapsBecomeClaims() throws {
        let lesson = try Self.lesson([
            "{run: sgd, diverges_before: 5, final_loss_below: 1e-3}",
            "{run: momentum, reaches: global, ends_near: [0.5, -1], within: 0.2}",
            "{run: sgd, reaches: [0, 0], diverges: false, final_loss_above: 2, final_distance_below: 0.5}",
            "{runs: [momentum, sgd], smaller: max_abs_y, after: 40, larger: max_abs_x}",
        ])
        func claim(_ run: String, _ check: LessonClaim.Check, _ line: Int, _ column: Int, against other: String? = nil) -> LessonClaim {
            LessonClaim(run: run, other: other, check: check, file: "c.yaml", line: line, column: column)
        }
        #expect(lesson.claims == [
            claim("sgd", .divergesBefore(5), 7, 16),
            claim("sgd", .finalLossBelow(1e-3), 7, 36),
            claim("momentum", .reaches(.global, within: 0.2), 8, 21),
            claim("momentum", .endsNear(Vec2(0.5, -1), within: 0.2), 8, 38),
            claim("sgd", .reaches(.near(Vec2(0, 0)), within: 0.01), 9, 16),
            claim("sgd", .diverges(false), 9, 33),
            claim("sgd", .finalLossAbove(2), 9, 50),
            claim("sgd", .finalDistanceBelow(0.5), 9, 71),
            claim("momentum", .smaller(.maxAbsY, after: 40), 10, 29, against: "sgd"),
            claim("momentum", .larger(.maxAbsX, after: 40), 10, 60, against: "sgd"),
        ])
    }

    /// Unknown run ids, keys and quantities are errors at the word, with the closest spelling.
    @Test func unknownNamesSuggestTheClosest() {
        #expect(Self.errors([
            "{run: sdg, diverges: true}",
            "{run: sgd, diverge: true}",
            "{runs: [momentum, sgd], smaller: max_abs_z}",
            "{runs: [momentum, sgf], smaller: final_loss}",
        ]) == [
            "7:11: no run has the id 'sdg'; did you mean 'sgd'?",
            "8:5: a claim needs something to check: 'diverges', 'diverges_before', 'final_loss_below', 'final_loss_above', 'final_distance_below', 'average_distance_below', 'ends_near', 'reaches', 'smaller', 'larger'",
            "8:16: unknown key 'diverge'; did you mean 'diverges'?",
            "9:38: unknown quantity 'max_abs_z'; did you mean 'max_abs_x'?",
            "10:23: no run has the id 'sgf'; did you mean 'sgd'?",
        ])
    }

    /// A claim's parts must fit together: one subject, checks of its kind, modifiers with their check.
    @Test func partsMustFit() {
        #expect(Self.errors([
            "{run: sgd, runs: [sgd, momentum], diverges: true}",
            "{diverges: true}",
            "{run: sgd, smaller: final_loss}",
            "{runs: [sgd, momentum], final_loss_below: 1}",
            "{run: sgd, ends_near: [0, 0]}",
            "{run: sgd, diverges: true, within: 1, after: 3}",
            "{runs: [sgd, momentum], smaller: final_loss, after: 3}",
            "{runs: [sgd, sgd], smaller: final_loss}",
            "{runs: [sgd], smaller: final_loss}",
            "{run: sgd, reaches: local}",
            "claims are maps",
        ]) == [
            "7:16: a claim names either 'run' (one run) or 'runs' (two runs it compares), not both",
            "8:5: a claim needs 'run: ID', or 'runs: [A, B]' for a comparison",
            "9:16: 'smaller' compares two runs; name them with 'runs: [A, B]' instead of 'run'",
            "10:29: 'final_loss_below' is a claim about one run; name it with 'run: ID' instead of 'runs'",
            "11:16: 'ends_near' needs 'within: r', the distance from the point it allows",
            "12:32: 'within' is the distance of 'ends_near' or 'reaches'; this claim has neither",
            "12:43: 'after' goes with 'smaller' or 'larger'; this claim has neither",
            "13:50: 'after' counts the points of 'max_abs_x', 'max_abs_y', 'max_loss', 'reversals_x' and 'reversals_y'; 'final_loss' is the last point's",
            "14:12: a comparison needs two different runs, not 'sgd' twice",
            "15:12: 'runs' of a claim must be two run ids [A, B], not a list",
            "16:25: 'reaches' takes 'global' or a known minimum [x, y], not 'local'",
            "17:5: a claim must be a map of keys and values, not 'claims are maps'",
        ])
    }

    /// `ensemble: ID, fraction_in: ..., above/below: p` is one claim at `fraction_in`, and each
    /// claim about one run beside `ensemble` one at its key; the run needs `seeds`, the bound is
    /// one of `above` and `below` in 0...1, the outcome a known word or a point, and comparisons
    /// of two runs have no place in it.
    @Test func ensembleClaims() throws {
        let yaml = """
            title: T
            surface: bowl
            seeds: 5
            runs: [{optimizer: sgd, lr: 0.1, id: sgd}, {optimizer: sgd, lr: 0.2, id: one, seeds: 1}]
            claims:
              - {ensemble: sgd, fraction_in: global, above: 0.7}
              - {ensemble: sgd, fraction_in: [0, 0], below: 0.5}
              - {ensemble: sgd, fraction_in: diverged, below: 0.1}
              - {ensemble: sgd, final_loss_below: 0.01, diverges: false, above: 0.9}

            """
        let lesson = try LessonLoader().parse(yaml: yaml, file: "c.yaml")
        #expect(lesson.runs.map(\.seeds) == [5, 1])
        #expect(lesson.claims.map(\.check) == [
            .fraction(.global, .above(0.7)), .fraction(.near(Vec2(0, 0)), .below(0.5)), .fraction(.diverged, .below(0.1)),
            .members(.finalLossBelow(0.01), .above(0.9)), .members(.diverges(false), .above(0.9)),
        ])
        #expect(lesson.claims.map { "\($0.line):\($0.column)" } == ["6:21", "7:21", "8:21", "9:21", "9:45"])
        #expect(Self.errors([
            "{ensemble: sgd, fraction_in: global, above: 0.7}",
            "{ensemble: sgd, fraction_in: globl, above: 0.7}",
            "{ensemble: sgd, fraction_in: global, above: 0.7, below: 0.9}",
            "{ensemble: sgd, fraction_in: global}",
            "{ensemble: sgd, fraction_in: local, above: 1.5}",
            "{run: sgd, fraction_in: global, above: 0.5}",
            "{ensemble: sgd, run: sgd, fraction_in: global, above: 0.5}",
            "{ensemble: sgd, diverges: false, fraction_in: global, above: 0.5}",
            "{ensemble: sgd, smaller: final_loss, above: 0.5}",
        ]) == [
            "7:16: run 'sgd' is a single run; give it 'seeds: N' (N ≥ 2) to claim what fraction of its members does something",
            "8:16: run 'sgd' is a single run; give it 'seeds: N' (N ≥ 2) to claim what fraction of its members does something",
            "8:34: unknown fraction_in 'globl'; did you mean 'global'?",
            "9:16: run 'sgd' is a single run; give it 'seeds: N' (N ≥ 2) to claim what fraction of its members does something",
            "9:54: 'fraction_in' takes one bound, 'above' or 'below', not both",
            "10:16: run 'sgd' is a single run; give it 'seeds: N' (N ≥ 2) to claim what fraction of its members does something",
            "10:21: an ensemble claim needs a bound on the fraction of members: 'above: p' or 'below: p', in 0...1",
            "11:16: run 'sgd' is a single run; give it 'seeds: N' (N ≥ 2) to claim what fraction of its members does something",
            "11:48: 'above' must be in 0.0...1.0, not 1.5",
            "12:5: a claim needs something to check: 'diverges', 'diverges_before', 'final_loss_below', 'final_loss_above', 'final_distance_below', 'average_distance_below', 'ends_near', 'reaches', 'smaller', 'larger'",
            "12:16: 'fraction_in' counts the members of a seed ensemble; name the run with 'ensemble: ID'",
            "12:37: 'above' counts the members of a seed ensemble; name the run with 'ensemble: ID'",
            "13:6: a claim names one subject: 'run', 'runs' or 'ensemble', not both 'run' and 'ensemble'",
            "14:16: run 'sgd' is a single run; give it 'seeds: N' (N ≥ 2) to claim what fraction of its members does something",
            "15:5: an ensemble claim needs 'fraction_in' (global, local, diverged or a known minimum [x, y]) or a claim about one run, such as 'final_loss_below'",
            "15:16: run 'sgd' is a single run; give it 'seeds: N' (N ≥ 2) to claim what fraction of its members does something",
            "15:21: 'smaller' compares two runs, not the members of an ensemble; name them with 'runs: [A, B]'",
        ])
    }
}
