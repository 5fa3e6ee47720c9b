import DescentNumerics
import Yams

extension LessonReader {
    /// The keys that claim something of one run.
    static let singleRunClaimKeys = ["diverges", "diverges_before", "final_loss_below", "final_loss_above", "final_distance_below", "average_distance_below", "ends_near", "reaches"]
    /// The keys that compare two runs.
    static let comparisonClaimKeys = ["smaller", "larger"]
    /// The keys that count the members of a seed ensemble.
    static let ensembleClaimKeys = ["fraction_in", "above", "below"]
    /// The outcomes `fraction_in` names by word (besides a point `[x, y]`).
    static let outcomeWords = ["global", "local", "diverged"]

    /// The largest step a claim may name: the most steps a run may take.
    static var lastClaimStep: Int { Int(LessonFields.steps.range?.upperBound ?? 100_000) }

    /// Reads `claims:`, a list of maps; `runs` are the lesson's runs, which claims name by id.
    mutating func claims(_ node: Node, runs: [RunPlan]) -> [LessonClaim] {
        guard let items = list(node, "claims") else { return [] }
        return items.flatMap { claim($0, runs: runs) }
    }

    /// One claim map: a subject (`run: ID` or `runs: [A, B]`) and one or more checks, each a
    /// claim of its own located at its key.
    private mutating func claim(_ node: Node, runs: [RunPlan]) -> [LessonClaim] {
        guard let entries = entries(node, "a claim") else { return [] }
        rejectUnknownKeys(entries, allowed: LessonFields.names(LessonFields.claim), in: "a claim")
        let byKey = Dictionary(entries.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let single = entries.filter { Self.singleRunClaimKeys.contains($0.key) }
        let comparisons = entries.filter { Self.comparisonClaimKeys.contains($0.key) }
        if let ensemble = byKey["ensemble"] {
            if let other = byKey["run"] ?? byKey["runs"] {
                error("a claim names one subject: 'run', 'runs' or 'ensemble', not both '\(other.key)' and 'ensemble'", at: ensemble.keyNode)
                return []
            }
            for entry in comparisons {
                error("'\(entry.key)' compares two runs, not the members of an ensemble; name them with 'runs: [A, B]'", at: entry.keyNode)
            }
            return ensembleClaim(ensemble, byKey: byKey, single: single, node: node, runs: runs)
        }
        for entry in entries where Self.ensembleClaimKeys.contains(entry.key) {
            error("'\(entry.key)' counts the members of a seed ensemble; name the run with 'ensemble: ID'", at: entry.keyNode)
        }

        let subject: (run: String, other: String?)?
        switch (byKey["run"], byKey["runs"]) {
        case (let run?, nil):
            for entry in comparisons {
                error("'\(entry.key)' compares two runs; name them with 'runs: [A, B]' instead of 'run'", at: entry.keyNode)
            }
            subject = runID(run.value, key: "run", runs: runs).map { ($0, nil) }
        case (nil, let pair?):
            for entry in single {
                error("'\(entry.key)' is a claim about one run; name it with 'run: ID' instead of 'runs'", at: entry.keyNode)
            }
            subject = runPair(pair.value, runs: runs).map { ($0.0, $0.1) }
        case (_?, let pair?):
            error("a claim names either 'run' (one run) or 'runs' (two runs it compares), not both", at: pair.keyNode)
            return []
        case (nil, nil):
            error("a claim needs 'run: ID', or 'runs: [A, B]' for a comparison", at: node)
            return []
        }
        if single.isEmpty, comparisons.isEmpty {
            let keys = (Self.singleRunClaimKeys + Self.comparisonClaimKeys).map { "'\($0)'" }.joined(separator: ", ")
            error("a claim needs something to check: \(keys)", at: node)
        }
        let within = byKey["within"].flatMap { positiveNumber($0.value, "within") }
        if let entry = byKey["within"], byKey["ends_near"] == nil, byKey["reaches"] == nil {
            error("'within' is the distance of 'ends_near' or 'reaches'; this claim has neither", at: entry.keyNode)
        }
        let after = byKey["after"].flatMap { integer($0.value, "after", in: 0...Self.lastClaimStep) }
        if let entry = byKey["after"], comparisons.isEmpty {
            error("'after' goes with 'smaller' or 'larger'; this claim has neither", at: entry.keyNode)
        }

        var checks: [(LessonClaim.Check, Entry)] = []
        for entry in byKey["run"] == nil ? comparisons : single {
            if let check = check(entry, within: within, after: after, afterEntry: byKey["after"]) { checks.append((check, entry)) }
        }
        guard let subject else { return [] }
        return checks.map { check, entry in
            LessonClaim(
                run: subject.run, other: subject.other, check: check, file: file,
                line: entry.keyNode.mark?.line ?? 1, column: entry.keyNode.mark?.column ?? 1
            )
        }
    }

    /// `ensemble: ID, fraction_in: OUTCOME, above: p` (or `below: p`), located at `fraction_in`,
    /// and `ensemble: ID` with claims about one run and a bound, each located at its key.
    private mutating func ensembleClaim(_ ensemble: Entry, byKey: [String: Entry], single: [Entry], node: Node, runs: [RunPlan]) -> [LessonClaim] {
        let id = runID(ensemble.value, key: "ensemble", runs: runs)
        if let id, let plan = runs.first(where: { $0.id == id }), plan.seeds < 2 {
            error("run '\(id)' is a single run; give it 'seeds: N' (N ≥ 2) to claim what fraction of its members does something", at: ensemble.value)
        }
        guard byKey["fraction_in"] != nil || !single.isEmpty else {
            error("an ensemble claim needs 'fraction_in' (global, local, diverged or a known minimum [x, y]) or a claim about one run, such as 'final_loss_below'", at: node)
            return []
        }
        let boundKey = byKey["fraction_in"] ?? single[0]
        var bound: LessonClaim.Bound?
        switch (byKey["above"], byKey["below"]) {
        case (let above?, nil): bound = number(above.value, "above", in: 0...1).map(LessonClaim.Bound.above)
        case (nil, let below?): bound = number(below.value, "below", in: 0...1).map(LessonClaim.Bound.below)
        case (_?, let below?): error("'fraction_in' takes one bound, 'above' or 'below', not both", at: below.keyNode)
        case (nil, nil): error("an ensemble claim needs a bound on the fraction of members: 'above: p' or 'below: p', in 0...1", at: boundKey.keyNode)
        }
        let within = byKey["within"].flatMap { positiveNumber($0.value, "within") }
        var checks: [(LessonClaim.Check?, Entry)] = single.map { (check($0, within: within, after: nil, afterEntry: nil), $0) }
        if let entry = byKey["fraction_in"] { checks.insert((outcome(entry.value).map { .fraction($0, .above(0)) }, entry), at: 0) }
        guard let id, let bound else { return [] }
        return checks.compactMap { check, entry in
            guard let check else { return nil }
            let counted: LessonClaim.Check
            if case .fraction(let outcome, _) = check { counted = .fraction(outcome, bound) } else { counted = .members(check, bound) }
            return LessonClaim(run: id, check: counted, file: file, line: entry.keyNode.mark?.line ?? 1, column: entry.keyNode.mark?.column ?? 1)
        }
    }

    /// `global`, `local`, `diverged` or a point `[x, y]`.
    private mutating func outcome(_ node: Node) -> LessonClaim.Outcome? {
        if case .sequence = node { return point(node, "fraction_in").map(LessonClaim.Outcome.near) }
        switch choice(node, "fraction_in", among: Self.outcomeWords) {
        case "global": return .global
        case "local": return .local
        case "diverged": return .diverged
        default: return nil
        }
    }

    /// The check one key states, or nil (and an error).
    private mutating func check(_ entry: Entry, within: Double?, after: Int?, afterEntry: Entry?) -> LessonClaim.Check? {
        let key = entry.key, value = entry.value
        switch key {
        case "diverges":
            return boolean(value, key).map { .diverges($0) }
        case "diverges_before":
            return integer(value, key, in: 1...Self.lastClaimStep).map { .divergesBefore($0) }
        case "final_loss_below":
            return number(value, key).map { .finalLossBelow($0) }
        case "final_loss_above":
            return number(value, key).map { .finalLossAbove($0) }
        case "final_distance_below":
            return positiveNumber(value, key).map { .finalDistanceBelow($0) }
        case "average_distance_below":
            return positiveNumber(value, key).map { .averageDistanceBelow($0) }
        case "ends_near":
            guard let point = point(value, key) else { return nil }
            guard let within else {
                error("'ends_near' needs 'within: r', the distance from the point it allows", at: entry.keyNode)
                return nil
            }
            return .endsNear(point, within: within)
        case "reaches":
            let minimum: LessonClaim.MinimumChoice
            if case .sequence = value {
                guard let point = point(value, key) else { return nil }
                minimum = .near(point)
            } else {
                guard case .text("global") = Self.scalar(value) else {
                    error("'reaches' takes 'global' or a known minimum [x, y], not \(Self.describe(value))", at: value)
                    return nil
                }
                minimum = .global
            }
            return .reaches(minimum, within: within ?? LessonFields.reachesWithin)
        case "smaller", "larger":
            guard let word = choice(value, "quantity", among: LessonClaim.Quantity.allCases.map(\.rawValue)),
                  let quantity = LessonClaim.Quantity(rawValue: word) else { return nil }
            if let afterEntry, quantity == .finalLoss || quantity == .finalDistance {
                error("'after' counts the points of 'max_abs_x', 'max_abs_y', 'max_loss', 'reversals_x' and 'reversals_y'; '\(word)' is the last point's", at: afterEntry.keyNode)
                return nil
            }
            return key == "smaller" ? .smaller(quantity, after: after) : .larger(quantity, after: after)
        default:
            return nil
        }
    }

    /// A run id of the lesson, or nil (and an error with the closest id).
    private mutating func runID(_ node: Node, key: String, runs: [RunPlan]) -> String? {
        guard let id = string(node, key) else { return nil }
        if runs.contains(where: { $0.id == id }) { return id }
        let hint = Suggestion.closest(to: id, among: runs.map(\.id)).map { "; did you mean '\($0)'?" }
            ?? "; the runs are \(runs.map { "'\($0.id)'" }.joined(separator: ", "))"
        error("no run has the id '\(id)'\(hint)", at: node)
        return nil
    }

    /// `runs: [A, B]`: two different runs with as many start points each.
    private mutating func runPair(_ node: Node, runs: [RunPlan]) -> (String, String)? {
        guard case .sequence(let sequence) = node, sequence.count == 2 else {
            error("'runs' of a claim must be two run ids [A, B], not \(Self.describe(node))", at: node)
            return nil
        }
        let first = runID(sequence[0], key: "runs", runs: runs), second = runID(sequence[1], key: "runs", runs: runs)
        guard let first, let second else { return nil }
        guard first != second else {
            error("a comparison needs two different runs, not '\(first)' twice", at: node)
            return nil
        }
        let counts = [first, second].map { id in runs.first { $0.id == id }?.starts.count ?? 0 }
        guard counts[0] == counts[1] else {
            error("'\(first)' has \(counts[0]) start points and '\(second)' \(counts[1]); a comparison pairs them start by start", at: node)
            return nil
        }
        return (first, second)
    }
}
