/// The moments a learning-rate sequence changes abruptly: milestones (a sudden drop, as StepLR,
/// MultiStepLR and ReduceLROnPlateau make) and restarts (a sudden jump up, as
/// CosineAnnealingWarmRestarts makes).
///
/// The sequence is read as its changes: change `k` happens at step `s_k` with factor
/// `q_k = r[s_k] / r[s_k - 1]` (steps where the rate stays the same are no changes). Change `k` is
/// - a milestone when `q_k < 1 - jump` and the rate was flat for at least `2 * stepsPerEpoch`
///   steps before it and after it (`s_k - s_(k-1)` and `s_(k+1) - s_k`, counting the start and the
///   end of the sequence), so smooth decays, which change every epoch, are not events;
/// - a restart when `q_k > 1 + jump`, the change before it was a decrease and the one after it
///   (if any) is one too, so warm-ups and cyclic ramps, which climb over several changes, are not.
///
/// Two rates are the same when they differ by at most `1e-12` relative.
enum ScheduleEvents {
    /// What happened at a step.
    enum Kind: Equatable { case milestone, restart }

    /// One event: the step, its kind and the factor `r[t] / r[t-1]`.
    struct Event: Equatable {
        var step: Int
        var kind: Kind
        var factor: Double
    }

    /// The smallest relative change that counts as abrupt.
    static let jump = 0.2

    static func events(in rates: [Double], stepsPerEpoch: Int = 1) -> [Event] {
        var changes: [(step: Int, factor: Double)] = []
        for t in rates.indices.dropFirst() {
            let now = rates[t], before = rates[t - 1]
            guard now.isFinite, before.isFinite, before > 0 else { continue }
            if abs(now - before) > 1e-12 * abs(before) { changes.append((t, now / before)) }
        }
        let flat = 2 * max(1, stepsPerEpoch)
        var found: [Event] = []
        for (k, change) in changes.enumerated() {
            let previous = k > 0 ? changes[k - 1] : nil, next = k + 1 < changes.count ? changes[k + 1] : nil
            if change.factor < 1 - jump {
                let before = change.step - (previous?.step ?? 0), after = (next?.step ?? rates.count) - change.step
                if before >= flat, after >= flat { found.append(Event(step: change.step, kind: .milestone, factor: change.factor)) }
            } else if change.factor > 1 + jump, let previous, previous.factor < 1, (next?.factor ?? 0) < 1 {
                found.append(Event(step: change.step, kind: .restart, factor: change.factor))
            }
        }
        return found
    }
}
