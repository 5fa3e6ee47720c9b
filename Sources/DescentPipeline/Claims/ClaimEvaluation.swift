import DescentLesson
import DescentNumerics
import Foundation

/// Evaluates a lesson's claims on its computed runs: a pure function of the compiled lesson.
///
/// A claim about one run holds when it holds from each of the run's start points; a comparison
/// pairs the two runs' trajectories start by start. Distances are Euclidean, `|p - q|`, and a
/// run's "nearest minimum" is the known minimum `m` of the surface (`Surface.minima`) that
/// minimises `|p_T - m|` at its last point `p_T`. A run that is a seed ensemble is measured by
/// its median member (``RunResult/trajectories``); an ensemble claim counts all members.
public enum ClaimEvaluation {
    /// One error per failed claim (per start point), at the claim, in claim order:
    /// `file:line:column: error: claim failed: <what was claimed>; <what the run did>`.
    public static func failures(_ compiled: CompiledLesson) -> [Diagnostic] {
        compiled.lesson.claims.flatMap { failures(of: $0, in: compiled) }
    }

    /// The failures of one claim.
    static func failures(of claim: LessonClaim, in compiled: CompiledLesson) -> [Diagnostic] {
        guard let run = compiled.runs.first(where: { $0.id == claim.run }) else {
            return [claim.diagnostic("claim failed: the lesson has no run '\(claim.run)'")]
        }
        let minima = compiled.surface.minima
        let stated = statement(claim, minima: minima)
        if let problem = stated.problem { return [claim.diagnostic(problem)] }
        var messages: [String] = []
        if case .fraction(let outcome, let bound) = claim.check {
            for (index, members) in run.members.enumerated() {
                if let outcome = count(outcome, bound, members, minima: minima) {
                    messages.append(startPrefix(index, of: run) + outcome)
                }
            }
        } else if case .members(let check, let bound) = claim.check {
            for (index, members) in run.members.enumerated() {
                if let outcome = count(check, bound, members, minima: minima) {
                    messages.append(startPrefix(index, of: run) + outcome)
                }
            }
        } else if let otherID = claim.other {
            guard let other = compiled.runs.first(where: { $0.id == otherID }) else {
                return [claim.diagnostic("claim failed: the lesson has no run '\(otherID)'")]
            }
            for (index, pair) in zip(run.trajectories, other.trajectories).enumerated() {
                if let outcome = compare(claim, pair.0, pair.1, minima: minima) {
                    messages.append(startPrefix(index, of: run) + outcome)
                }
            }
        } else {
            for (index, trajectory) in run.trajectories.enumerated() {
                if let outcome = check(claim.check, trajectory, minima: minima) {
                    messages.append(startPrefix(index, of: run) + outcome)
                }
            }
        }
        return messages.map { claim.diagnostic("claim failed: \(stated.text); \($0)") }
    }

    // MARK: Statements

    /// The claim in words, or a problem with it that no run can settle (a `reaches: [x, y]` that
    /// is no known minimum, a distance on a surface without known minima).
    static func statement(_ claim: LessonClaim, minima: [CriticalPoint]) -> (text: String, problem: String?) {
        let run = "run '\(claim.run)'"
        let noMinima = "claim cannot be checked: the surface has no known minima to measure distances to"
        switch claim.check {
        case .diverges(true): return ("\(run) diverges", nil)
        case .diverges(false): return ("\(run) does not diverge", nil)
        case .divergesBefore(let step): return ("\(run) diverges before step \(step)", nil)
        case .finalLossBelow(let bound): return ("\(run) ends with a loss below \(short(bound))", nil)
        case .finalLossAbove(let bound): return ("\(run) ends with a loss above \(short(bound)) (or diverges)", nil)
        case .finalDistanceBelow(let bound):
            return ("\(run) ends within \(short(bound)) of a minimum", minima.isEmpty ? noMinima : nil)
        case .averageDistanceBelow(let bound):
            return ("the average of run '\(claim.run)' ends within \(short(bound)) of a minimum", minima.isEmpty ? noMinima : nil)
        case .members(let check, let bound):
            let inner = statement(LessonClaim(run: claim.run, check: check, file: claim.file, line: claim.line, column: claim.column), minima: minima)
            return ("in \(relation(bound)) of its members, \(inner.text)", inner.problem)
        case .endsNear(let point, let within):
            return ("\(run) ends within \(short(within)) of \(short(point))", nil)
        case .reaches(.global, let within):
            return ("\(run) reaches a global minimum (within \(short(within)))", minima.contains(where: \.isGlobal) ? nil : noMinima)
        case .reaches(.near(let point), let within):
            guard !minima.isEmpty else { return ("", noMinima) }
            guard let minimum = nearest(point, among: minima), (minimum.point - point).length < within else {
                let list = minima.map { short($0.point) }.joined(separator: ", ")
                return ("", "claim cannot be checked: no known minimum lies within \(short(within)) of \(short(point)); the surface's minima are \(list)")
            }
            return ("\(run) reaches the minimum \(short(minimum.point)) (within \(short(within)))", nil)
        case .smaller(let quantity, let after), .larger(let quantity, let after):
            let relation: String
            if case .smaller = claim.check { relation = "smaller" } else { relation = "larger" }
            let needsMinima = quantity == .finalDistance && minima.isEmpty
            return ("\(run) has a \(relation) \(name(quantity, after: after)) than run '\(claim.other ?? "")'", needsMinima ? noMinima : nil)
        case .fraction(let outcome, let bound):
            let members = "\(relation(bound)) of the members of ensemble '\(claim.run)'"
            switch outcome {
            case .diverged: return ("\(members) diverge", nil)
            case .global: return ("\(members) end in a global minimum's basin", minima.contains(where: \.isGlobal) ? nil : noMinima)
            case .local: return ("\(members) end in a local (not global) minimum's basin", minima.isEmpty ? noMinima : nil)
            case .near(let point):
                guard let minimum = nearest(point, among: minima), (minimum.point - point).length < LessonClaim.outcomeWithin else {
                    let list = minima.map { short($0.point) }.joined(separator: ", ")
                    return ("", minima.isEmpty ? noMinima : "claim cannot be checked: no known minimum lies within \(short(LessonClaim.outcomeWithin)) of \(short(point)); the surface's minima are \(list)")
                }
                return ("\(members) end in the basin of the minimum \(short(minimum.point))", nil)
            }
        }
    }

    /// `final loss`, `max |y| after step 40`.
    static func name(_ quantity: LessonClaim.Quantity, after: Int?) -> String {
        let since = after.map { " from step \($0) on" } ?? ""
        switch quantity {
        case .finalLoss: return "final loss"
        case .finalDistance: return "final distance to a minimum"
        case .maxAbsX: return "max |x|\(since)"
        case .maxAbsY: return "max |y|\(since)"
        case .maxLoss: return "highest loss\(since)"
        case .reversalsX: return "reversals of the step's x\(since)"
        case .reversalsY: return "reversals of the step's y\(since)"
        }
    }

    // MARK: Checks of one run

    /// What the trajectory did when it contradicts `check`, or nil when the check holds.
    static func check(_ check: LessonClaim.Check, _ trajectory: Trajectory, minima: [CriticalPoint]) -> String? {
        let divergence = trajectory.divergence
        let diverged = divergence.map { "it diverged at step \($0.step) (\($0.reason.rawValue))" }
        let end = trajectory.finalPoint ?? .zero
        switch check {
        case .diverges(true):
            return divergence == nil ? "it ran all \(trajectory.stepCount) steps without diverging (final loss \(short(trajectory.finalLoss ?? .nan)))" : nil
        case .diverges(false):
            return diverged
        case .divergesBefore(let step):
            guard let divergence else { return "it did not diverge in its \(trajectory.stepCount) steps" }
            return divergence.step < step ? nil : diverged
        case .finalLossBelow(let bound):
            if let diverged { return diverged }
            let loss = trajectory.finalLoss ?? .nan
            return loss < bound ? nil : "its final loss after \(trajectory.stepCount) steps is \(short(loss))"
        case .finalLossAbove(let bound):
            guard divergence == nil else { return nil }
            let loss = trajectory.finalLoss ?? .nan
            return loss > bound ? nil : "its final loss after \(trajectory.stepCount) steps is \(short(loss))"
        case .finalDistanceBelow(let bound):
            if let diverged { return diverged }
            guard let minimum = nearest(end, among: minima) else { return "the surface has no known minima" }
            let distance = (end - minimum.point).length
            return distance < bound ? nil : "it ends at \(short(end)), \(short(distance)) from the nearest minimum \(short(minimum.point))"
        case .averageDistanceBelow(let bound):
            if let diverged { return diverged }
            guard let average = trajectory.averagedPoints.last else { return "it keeps no averaged iterate (ASGD does)" }
            guard let minimum = nearest(average, among: minima) else { return "the surface has no known minima" }
            let distance = (average - minimum.point).length
            return distance < bound ? nil : "its average ends at \(short(average)), \(short(distance)) from the nearest minimum \(short(minimum.point))"
        case .endsNear(let point, let within):
            if let diverged { return diverged }
            let distance = (end - point).length
            return distance < within ? nil : "it ends at \(short(end)), \(short(distance)) from \(short(point))"
        case .reaches(let choice, let within):
            if let diverged { return diverged }
            guard let reached = nearest(end, among: minima) else { return "the surface has no known minima" }
            let distance = (end - reached.point).length
            let named: Bool
            switch choice {
            case .global: named = reached.isGlobal
            case .near(let point): named = nearest(point, among: minima) == reached
            }
            if named, distance < within { return nil }
            let kind = reached.isGlobal ? "a global minimum" : "a local minimum"
            return "it ends at \(short(end)), \(short(distance)) from the nearest minimum \(short(reached.point)) (\(kind), loss \(short(reached.value)))"
        case .smaller, .larger, .fraction, .members:
            return nil
        }
    }

    // MARK: Ensembles

    /// `more than 0.7`, `less than 0.3`.
    static func relation(_ bound: LessonClaim.Bound) -> String {
        switch bound {
        case .above(let p): return "more than \(short(p))"
        case .below(let p): return "less than \(short(p))"
        }
    }

    /// Whether `fraction` keeps `bound`.
    static func keeps(_ fraction: Double, _ bound: LessonClaim.Bound) -> Bool {
        switch bound {
        case .above(let p): return fraction > p
        case .below(let p): return fraction < p
        }
    }

    /// How many members a claim about one run holds of, when that fraction breaks the bound.
    static func count(_ check: LessonClaim.Check, _ bound: LessonClaim.Bound, _ members: [Trajectory], minima: [CriticalPoint]) -> String? {
        let holding = members.filter { self.check(check, $0, minima: minima) == nil }.count
        let fraction = Double(holding) / Double(max(1, members.count))
        if keeps(fraction, bound) { return nil }
        return "it does in \(holding) of \(members.count) (\(short(fraction)))"
    }

    /// What the members did when the fraction contradicts the bound, or nil when it holds.
    static func count(_ outcome: LessonClaim.Outcome, _ bound: LessonClaim.Bound, _ members: [Trajectory], minima: [CriticalPoint]) -> String? {
        let hits = members.filter { ends($0, in: outcome, minima: minima) }.count
        let fraction = Double(hits) / Double(max(1, members.count))
        if keeps(fraction, bound) { return nil }
        let endings = members.map { EnsembleOutcome.of($0, minima: minima) }
        let diverged = endings.filter { $0 == .diverged }.count
        var tally: [(point: Vec2, count: Int)] = []
        for minimum in minima {
            let count = endings.filter { $0 == .minimum(minimum) }.count
            if count > 0 { tally.append((minimum.point, count)) }
        }
        tally.sort { $0.count > $1.count }
        var parts = tally.map { "\($0.count) in \(short($0.point))" }
        if diverged > 0 { parts.append("\(diverged) diverged") }
        return "\(hits) of \(members.count) do (\(short(fraction))): \(parts.joined(separator: ", "))"
    }

    /// Whether a member ends in `outcome`: diverged, or not diverged with its nearest minimum the
    /// one named.
    static func ends(_ trajectory: Trajectory, in outcome: LessonClaim.Outcome, minima: [CriticalPoint]) -> Bool {
        let ending = EnsembleOutcome.of(trajectory, minima: minima)
        if outcome == .diverged { return ending == .diverged }
        guard case .minimum(let reached) = ending else { return false }
        switch outcome {
        case .global: return reached.isGlobal
        case .local: return !reached.isGlobal
        case .near(let point): return nearest(point, among: minima) == reached
        case .diverged: return false
        }
    }

    // MARK: Comparisons

    /// What the two trajectories did when they contradict the comparison, or nil when it holds.
    static func compare(_ claim: LessonClaim, _ first: Trajectory, _ second: Trajectory, minima: [CriticalPoint]) -> String? {
        let (quantity, after, smaller): (LessonClaim.Quantity, Int?, Bool)
        switch claim.check {
        case .smaller(let q, let a): (quantity, after, smaller) = (q, a, true)
        case .larger(let q, let a): (quantity, after, smaller) = (q, a, false)
        default: return nil
        }
        let a = value(quantity, of: first, after: after ?? 0, minima: minima)
        let b = value(quantity, of: second, after: after ?? 0, minima: minima)
        if smaller ? a < b : a > b { return nil }
        return "'\(claim.run)' has \(describe(a, first, after: after ?? 0)), '\(claim.other ?? "")' \(describe(b, second, after: after ?? 0))"
    }

    /// The quantity of a trajectory: `+infinity` when it diverged, NaN when no point counts.
    static func value(_ quantity: LessonClaim.Quantity, of trajectory: Trajectory, after: Int, minima: [CriticalPoint]) -> Double {
        if trajectory.divergence != nil { return .infinity }
        let end = trajectory.finalPoint ?? .zero
        switch quantity {
        case .finalLoss:
            return trajectory.finalLoss ?? .nan
        case .finalDistance:
            return nearest(end, among: minima).map { (end - $0.point).length } ?? .nan
        case .maxAbsX, .maxAbsY:
            let points = trajectory.points.dropFirst(after)
            guard !points.isEmpty else { return .nan }
            return points.map { abs(quantity == .maxAbsX ? $0.x : $0.y) }.max() ?? .nan
        case .maxLoss:
            return trajectory.losses.dropFirst(after).max() ?? .nan
        case .reversalsX, .reversalsY:
            let coordinates: [Double] = trajectory.points.dropFirst(after).map { quantity == .reversalsX ? $0.x : $0.y }
            guard coordinates.count >= 3 else { return .nan }
            var reversals = 0
            for t in 2..<coordinates.count {
                let step = coordinates[t] - coordinates[t - 1], previous = coordinates[t - 1] - coordinates[t - 2]
                if step * previous < 0 { reversals += 1 }
            }
            return Double(reversals)
        }
    }

    /// `0.069`, or why there is no number.
    static func describe(_ value: Double, _ trajectory: Trajectory, after: Int) -> String {
        if let divergence = trajectory.divergence { return "diverged at step \(divergence.step)" }
        if value.isNaN { return "no points from step \(after) on (it took \(trajectory.stepCount) steps)" }
        return short(value)
    }

    // MARK: Helpers

    /// `from start 2 (1, -1): ` for runs with several start points, else nothing.
    static func startPrefix(_ index: Int, of run: RunResult) -> String {
        guard run.trajectories.count > 1 else { return "" }
        return "from start \(index + 1) \(short(run.trajectories[index].points.first ?? .zero)): "
    }

    /// The minimum nearest `point`, the first of equals.
    static func nearest(_ point: Vec2, among minima: [CriticalPoint]) -> CriticalPoint? {
        EnsembleOutcome.nearest(point, among: minima)
    }

    /// Four significant digits: `0.06912`, `1e-03` written `0.001`, `1.2e+05`.
    static func short(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        return String(format: "%.4g", value)
    }

    /// `(3, 2)`.
    static func short(_ point: Vec2) -> String {
        "(\(short(point.x)), \(short(point.y)))"
    }
}
