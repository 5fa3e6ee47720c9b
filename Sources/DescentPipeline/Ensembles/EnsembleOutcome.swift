import DescentNumerics

/// Where one member of an ensemble ends: in the basin of the known minimum nearest its last
/// point (`argmin_m |p_T − m|`, the first of equals), or diverged. The outcome figure and the
/// `fraction_in` claims count members by it.
public enum EnsembleOutcome: Sendable, Hashable {
    /// It ran all its steps and ended nearest this minimum.
    case minimum(CriticalPoint)
    /// The engine stopped it.
    case diverged
    /// It ran all its steps but the surface has no known minima.
    case unknown

    /// The outcome of `trajectory` among `minima`.
    public static func of(_ trajectory: Trajectory, minima: [CriticalPoint]) -> EnsembleOutcome {
        if trajectory.divergence != nil { return .diverged }
        guard let end = trajectory.finalPoint, let minimum = nearest(end, among: minima) else { return .unknown }
        return .minimum(minimum)
    }

    /// The minimum nearest `point`, the first of equals.
    public static func nearest(_ point: Vec2, among minima: [CriticalPoint]) -> CriticalPoint? {
        var best: CriticalPoint?
        for minimum in minima where best.map({ (minimum.point - point).length < ($0.point - point).length }) ?? true {
            best = minimum
        }
        return best
    }
}
