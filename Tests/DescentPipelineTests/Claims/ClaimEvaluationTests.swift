import DescentLesson
import DescentNumerics
import Foundation
import Testing
@testable import DescentPipeline

/// Claims evaluated on small runs worked by hand.
///
/// On `f = (x^2 + y^2)/2`, SGD's step `p <- p - lr * grad f = (1 - lr) p` (torch.optim.SGD without
/// momentum) scales the point by `1 - lr`. From (1, 2), three steps of lr 0.5 end at
/// (0.125, 0.25) with loss (0.125^2 + 0.25^2)/2 = 0.0390625 and distance sqrt(0.078125) = 0.2795
/// from the minimum (0, 0); lr 0.25 ends at 0.421875 (1, 2) = (0.4219, 0.8438), loss
/// 0.421875^2 * 5/2 = 0.4449, distance 0.421875 sqrt(5) = 0.9433; lr 1000 jumps to
/// (-999, -1998) at step 1, outside the domain grown 50-fold ([-202, 202]), and is stopped there.
@Suite("Claim evaluation")
struct ClaimEvaluationTests {
    static let head = """
        title: T
        surface: {expression: "(x^2 + y^2)/2"}
        domain: {x: [-2, 2], y: [-2, 2]}
        start: [1, 2]
        steps: 3
        runs:
          - {optimizer: sgd, lr: 0.5, id: half}
          - {optimizer: sgd, lr: 0.25, id: quarter}
          - {optimizer: sgd, lr: 1000, id: wild}
        claims:

        """

    /// The failures of `claims` (lines 11 on) as `line:column: message`.
    static func failures(_ claims: [String]) throws -> [String] {
        let lesson = try LessonLoader().parse(yaml: head + claims.map { "  - \($0)" }.joined(separator: "\n") + "\n", file: "claims.yaml")
        let compiled = try CompiledLesson.compile(lesson)
        return ClaimEvaluation.failures(compiled).map { "\($0.line):\($0.column): \($0.message)" }
    }

    /// Every kind of claim once holding and once failing: only the failing ones are reported,
    /// each at the key that states it, with the numbers.
    @Test func eachKindPassesAndFails() throws {
        let claims = [
            "{run: wild, diverges: true}",
            "{run: half, diverges: true}",
            "{run: half, diverges: false}",
            "{run: wild, diverges: false}",
            "{run: wild, diverges_before: 2}",
            "{run: wild, diverges_before: 1}",
            "{run: half, final_loss_below: 0.04}",
            "{run: half, final_loss_below: 0.039}",
            "{run: half, final_loss_above: 0.039}",
            "{run: quarter, final_loss_above: 0.5}",
            "{run: half, final_distance_below: 0.28}",
            "{run: half, final_distance_below: 0.27}",
            "{run: half, ends_near: [0.125, 0.25], within: 1e-12}",
            "{run: half, ends_near: [0, 0.25], within: 0.1}",
            "{run: half, reaches: global, within: 0.3}",
            "{run: half, reaches: [0, 0]}",
            "{runs: [half, quarter], smaller: final_loss}",
            "{runs: [quarter, half], smaller: final_distance}",
            "{runs: [quarter, half], larger: max_abs_y, after: 1}",
            "{runs: [half, quarter], larger: max_abs_x}",
            "{runs: [half, wild], smaller: max_abs_y}",
        ]
        #expect(try Self.failures(claims) == [
            "12:17: claim failed: run 'half' diverges; it ran all 3 steps without diverging (final loss 0.03906)",
            "14:17: claim failed: run 'wild' does not diverge; it diverged at step 1 (left the domain)",
            "16:17: claim failed: run 'wild' diverges before step 1; it diverged at step 1 (left the domain)",
            "18:17: claim failed: run 'half' ends with a loss below 0.039; its final loss after 3 steps is 0.03906",
            "20:20: claim failed: run 'quarter' ends with a loss above 0.5 (or diverges); its final loss after 3 steps is 0.4449",
            "22:17: claim failed: run 'half' ends within 0.27 of a minimum; it ends at (0.125, 0.25), 0.2795 from the nearest minimum (0, 0)",
            "24:17: claim failed: run 'half' ends within 0.1 of (0, 0.25); it ends at (0.125, 0.25), 0.125 from (0, 0.25)",
            "26:17: claim failed: run 'half' reaches the minimum (0, 0) (within 0.01); it ends at (0.125, 0.25), 0.2795 from the nearest minimum (0, 0) (a global minimum, loss 0)",
            "28:29: claim failed: run 'quarter' has a smaller final distance to a minimum than run 'half'; 'quarter' has 0.9433, 'half' 0.2795",
            "30:29: claim failed: run 'half' has a larger max |x| than run 'quarter'; 'half' has 1, 'quarter' 1",
        ])
    }

    /// `max_loss` is the highest loss from step `after` on: from step 1, 'half' has
    /// (0.5^2 + 1^2)/2 = 0.625 and 'quarter' (0.75^2 + 1.5^2)/2 = 1.40625; from step 0 both have
    /// the start's (1 + 4)/2 = 2.5, so neither is larger.
    @Test func highestLossFromAStep() throws {
        #expect(try Self.failures(["{runs: [half, quarter], smaller: max_loss, after: 1}", "{runs: [half, quarter], larger: max_loss}"]) == [
            "12:29: claim failed: run 'half' has a larger highest loss than run 'quarter'; 'half' has 2.5, 'quarter' 2.5",
        ])
    }

    /// `reversals_y` counts the steps whose y component reverses the previous one. With lr 1.5 the
    /// step scales the point by 1 - 1.5 = -0.5: y goes 2, -1, 0.5, -0.25, so the y steps -3, 1.5,
    /// -0.75 reverse twice; lr 0.5 halves y (2, 1, 0.5, 0.25) and never reverses.
    @Test func reversalsCountAZigZag() throws {
        let yaml = Self.head.replacingOccurrences(of: "  - {optimizer: sgd, lr: 1000, id: wild}", with: "  - {optimizer: sgd, lr: 1.5, id: bounce}")
            + "  - {runs: [bounce, half], larger: reversals_y}\n  - {runs: [half, bounce], larger: reversals_y}\n"
        let compiled = try CompiledLesson.compile(try LessonLoader().parse(yaml: yaml, file: "claims.yaml"))
        #expect(ClaimEvaluation.failures(compiled).map { "\($0.line):\($0.column): \($0.message)" } == [
            "12:28: claim failed: run 'half' has a larger reversals of the step's y than run 'bounce'; 'half' has 0, 'bounce' 2",
        ])
    }

    /// A diverged run's final loss is no number below a bound, and a comparison names the step.
    @Test func divergedRunsFailLossClaims() throws {
        #expect(try Self.failures(["{run: wild, final_loss_below: 1}", "{runs: [wild, half], smaller: final_loss}"]) == [
            "11:17: claim failed: run 'wild' ends with a loss below 1; it diverged at step 1 (left the domain)",
            "12:26: claim failed: run 'wild' has a smaller final loss than run 'half'; 'wild' has diverged at step 1, 'half' 0.03906",
        ])
    }

    /// `reaches: [x, y]` must name a known minimum; `after` past the last step counts no point.
    @Test func claimsThatCannotBeSettled() throws {
        #expect(try Self.failures(["{run: half, reaches: [1, 1]}", "{runs: [half, quarter], smaller: max_abs_y, after: 4}"]) == [
            "11:17: claim cannot be checked: no known minimum lies within 0.01 of (1, 1); the surface's minima are (0, 0)",
            "12:29: claim failed: run 'half' has a smaller max |y| from step 4 on than run 'quarter'; 'half' has no points from step 4 on (it took 3 steps), 'quarter' no points from step 4 on (it took 3 steps)",
        ])
    }

    /// A run with several starts must satisfy the claim from each; failures name the start.
    @Test func everyStartCounts() throws {
        let yaml = """
            title: T
            surface: {expression: "(x^2 + y^2)/2"}
            domain: {x: [-2, 2], y: [-2, 2]}
            steps: 1
            runs:
              - {optimizer: sgd, lr: 0.5, id: half, start: [[0.1, 0], [1, 0]]}
            claims:
              - {run: half, final_distance_below: 0.1}
            """
        let compiled = try CompiledLesson.compile(try LessonLoader().parse(yaml: yaml, file: "starts.yaml"))
        #expect(ClaimEvaluation.failures(compiled).map(\.description) == [
            "starts.yaml:8:17: error: claim failed: run 'half' ends within 0.1 of a minimum; from start 2 (1, 0): it ends at (0.5, 0), 0.5 from the nearest minimum (0, 0)",
        ])
    }

    /// A build refuses a lesson whose claim fails, with the claim's error, and writes nothing.
    @Test func aFailedClaimFailsTheBuild() throws {
        let lesson = try TemporaryLesson(Self.head + "  - {run: half, diverges: true}\nfigures: [{kind: loss}]\noutput: {formats: [svg]}\n")
        defer { lesson.remove() }
        do {
            _ = try LessonBuilder(options: BuildOptions(outputDirectory: lesson.output)).build(path: lesson.path)
            Issue.record("a lesson with a failed claim was built")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "\(lesson.path):11:17: error: claim failed: run 'half' diverges; it ran all 3 steps without diverging (final loss 0.03906)",
            ])
        }
        #expect(!FileManager.default.fileExists(atPath: lesson.output))
    }

    /// The claims of the shipped warm-up lesson hold: no warm-up diverges before step 5, both
    /// warm-ups converge.
    @Test func warmupLessonClaimsHold() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Lessons/15-warmup.yaml").standardized.path
        let builder = LessonBuilder(options: BuildOptions())
        let compiled = try builder.compile(path: path)
        #expect(compiled.lesson.claims.count == 5)
        #expect(ClaimEvaluation.failures(compiled).isEmpty)
    }
}
