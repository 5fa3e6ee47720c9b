import DescentLesson
import DescentNumerics
import DescentPlot
import Testing
@testable import DescentPipeline

/// Seed ensembles compiled from lessons: which seeds the members get, that they are computed
/// the same way every time, what figures draw of them and how ensemble claims count them.
@Suite("Seed ensembles")
struct EnsembleRunTests {
    static func compile(_ yaml: String) throws -> CompiledLesson {
        try CompiledLesson.compile(try LessonLoader().parse(yaml: yaml, file: "e.yaml"))
    }

    static func panel(_ compiled: CompiledLesson, _ name: String) throws -> LinePanel {
        let figure = try #require(compiled.assembled(language: "en").figures.first { $0.request.name == name }).figure
        guard case .lines(let panel)? = FigureFixture.panel(figure) else { throw FigureFixture.MissingFigure(name: name) }
        return panel
    }

    static let noisy = """
        title: T
        surface: {name: bowl, noise: 0.5}
        start: [1, 1]
        steps: 30
        seed: 7
        runs: [{optimizer: sgd, lr: 0.1, id: sgd, seeds: 5}]
        figures: [{kind: loss, log: false}, {kind: distance}]

        """

    /// Member k is the run with seed 7 + k, bit for bit; a second compile gives the same members;
    /// the run's trajectory is its median-final-loss member.
    @Test func membersAreTheSeedsFromTheRunsSeed() throws {
        let ensemble = try #require(try Self.compile(Self.noisy).runs.first)
        let again = try #require(try Self.compile(Self.noisy).runs.first)
        #expect(ensemble.isEnsemble && ensemble.ensemble.count == 5)
        for k in 0..<5 {
            let single = try Self.compile(Self.noisy.replacingOccurrences(of: "seeds: 5", with: "seed: \(7 + k)"))
            #expect(try #require(single.runs.first).trajectory.points == ensemble.ensemble[k].points, "member \(k)")
            #expect(again.ensemble[k].points == ensemble.ensemble[k].points)
        }
        // The members differ (the noise does), and the trajectory is the median one.
        #expect(Set(ensemble.ensemble.map { $0.finalLoss ?? 0 }).count == 5)
        let median = EnsembleStatistics.medianMember(ensemble.ensemble)
        #expect(ensemble.trajectory.points == ensemble.ensemble[median].points)
        let sorted = ensemble.ensemble.compactMap(\.finalLoss).sorted()
        #expect(ensemble.trajectory.finalLoss == sorted[2])
    }

    /// Loss and distance panels draw the pointwise median with a 10-90 % band: at every step the
    /// median is the middle of the five members' values (for n = 5, numpy's linear rule gives
    /// x_(2)), the band's low x_(0) + 0.4(x_(1) − x_(0)) (h = 0.4) and its high
    /// x_(3) + 0.6(x_(4) − x_(3)) (h = 3.6).
    @Test func lossAndDistanceDrawMedianAndBand() throws {
        let compiled = try Self.compile(Self.noisy)
        let members = try #require(compiled.runs.first).ensemble
        let loss = try Self.panel(compiled, "loss")
        let band = try #require(loss.bands.first)
        #expect(loss.series.map(\.id) == ["sgd"] && loss.bands.count == 1)
        for t in [0, 10, 30] {
            let v = members.map { $0.losses[t] }.sorted()
            #expect(abs(loss.series[0].ys[t] - v[2]) < 1e-15)
            #expect(abs(band.lows[t] - (v[0] + 0.4 * (v[1] - v[0]))) < 1e-12)
            #expect(abs(band.highs[t] - (v[3] + 0.6 * (v[4] - v[3]))) < 1e-12)
        }
        let distance = try Self.panel(compiled, "distance")
        let d = members.map { $0.points[30].length }.sorted()
        #expect(abs(distance.series[0].ys[30] - d[2]) < 1e-12)
        #expect(distance.bands.count == 1)
        // A single run draws no band.
        let single = try Self.compile(Self.noisy.replacingOccurrences(of: ", seeds: 5", with: ""))
        #expect(try Self.panel(single, "loss").bands.isEmpty)
    }

    /// Without noise every member follows SGD's `p <- (1 - lr) p` (from (1, 2), lr 0.5: three
    /// steps end at (0.125, 0.25), nearest the bowl's global minimum (0, 0)); lr 1000 leaves the
    /// domain at step 1. So `half` ends in the global basin 3 of 3 times, each time with loss
    /// 0.0390625 < 0.04, and `wild` diverges 2 of 2 times.
    @Test func fractionClaimsCountMembers() throws {
        // ClaimEvaluationTests' lesson with `half` and `wild` as ensembles; its claims begin on line 11.
        let yaml = ClaimEvaluationTests.head
            .replacingOccurrences(of: "id: half}", with: "id: half, seeds: 3}")
            .replacingOccurrences(of: "id: wild}", with: "id: wild, seeds: 2}") + """
              - {ensemble: half, fraction_in: global, above: 0.99}
              - {ensemble: half, fraction_in: global, below: 0.5}
              - {ensemble: wild, fraction_in: diverged, above: 0.5}
              - {ensemble: wild, fraction_in: [0, 0], above: 0.5}
              - {ensemble: half, fraction_in: local, below: 0.01}
              - {ensemble: half, fraction_in: [1, 1], above: 0.5}
              - {ensemble: half, final_loss_below: 0.04, above: 0.99}
              - {ensemble: wild, diverges: false, above: 0.5}

            """
        let failures = ClaimEvaluation.failures(try Self.compile(yaml)).map { "\($0.line):\($0.column): \($0.message)" }
        #expect(failures == [
            "12:22: claim failed: less than 0.5 of the members of ensemble 'half' end in a global minimum's basin; 3 of 3 do (1): 3 in (0, 0)",
            "14:22: claim failed: more than 0.5 of the members of ensemble 'wild' end in the basin of the minimum (0, 0); 0 of 2 do (0): 2 diverged",
            "16:22: claim cannot be checked: no known minimum lies within 0.05 of (1, 1); the surface's minima are (0, 0)",
            "18:22: claim failed: in more than 0.5 of its members, run 'wild' does not diverge; it does in 0 of 2 (0)",
        ])
    }

    /// Two starts without noise on the three wells, each at rest in its well (SGD at lr 0.01
    /// for 5 steps moves less than 0.1): half the members end in the global well (f = −1.91),
    /// half in the shallow one (f = −0.48); the deep well (−1.27) no member reaches is left out.
    @Test func outcomeBarsAreFractionsPerMinimum() throws {
        let compiled = try Self.compile("""
            title: T
            surface: multiwell
            start: [[-0.8654, 1.251], [1.162, -0.5815]]
            steps: 5
            runs: [{optimizer: sgd, lr: 0.01, id: sgd}]
            figures: [{kind: outcome}]

            """)
        let panel = try Self.panel(compiled, "outcome")
        #expect(panel.xTicks?.map(\.label) == ["f = −1.91", "f = −0.48"])
        #expect(panel.bands.map(\.highs) == [[0.5, 0.5], [0.5, 0.5]])
        #expect(panel.bands.map(\.lows) == [[0, 0], [0, 0]])
        #expect(panel.xQuantity == .other)
    }

    /// `members: true` draws the other four members of five under the median one, `from_step: 10`
    /// leaves the first ten points out (NaN) and keeps step numbers; `events: true` puts
    /// MultiStepLR's milestones (epochs 10 and 20, `×0.1`) on the loss panel.
    @Test func contourMembersFromAStepAndLossEvents() throws {
        let yaml = Self.noisy
            .replacingOccurrences(of: "seeds: 5}]", with: "seeds: 5, schedule: {name: MultiStepLR, milestones: [10, 20], gamma: 0.1}}]")
            .replacingOccurrences(of: "figures: [{kind: loss, log: false}, {kind: distance}]",
                                  with: "figures: [{kind: contour, members: true, from_step: 10}, {kind: loss, events: true}]")
        let compiled = try Self.compile(yaml)
        let figure = try #require(compiled.assembled(language: "en").figures.first { $0.request.name == "contour" }).figure
        guard case .contour(let map)? = FigureFixture.panel(figure) else { throw FigureFixture.MissingFigure(name: "contour") }
        let path = try #require(map.paths.first)
        #expect(path.memberPaths.count == 4)
        #expect(path.xs[..<10].allSatisfy(\.isNaN) && path.xs[10].isFinite && path.xs.count == 31)
        #expect(path.memberPaths.allSatisfy { $0[..<10].allSatisfy { $0.x.isNaN } && $0[10].x.isFinite })
        let run = try #require(compiled.runs.first)
        #expect(path.xs[30] == run.trajectory.points[30].x)
        let loss = try Self.panel(compiled, "loss")
        #expect(loss.verticalMarkers.map(\.x) == [10, 20])
        #expect(loss.verticalMarkers.map(\.label) == ["×0.1", "×0.1"])
    }
}
