import DescentNumerics

/// The CSV form of a trajectory: `step,x,y,loss,lr`, one row per point.
///
/// Row `t` holds the point after `t` steps, its loss, and the learning rate used for the step from
/// `t` to `t + 1` (for the last row, the rate the schedule would give next).
public enum TraceTable {
    /// The header line.
    public static let header = "step,x,y,loss,lr"

    /// The whole table, header first, each line ending in a newline.
    public static func csv(_ trajectory: Trajectory) -> String {
        var text = header + "\n"
        for t in trajectory.points.indices {
            let p = trajectory.points[t]
            text += [
                String(t), CSVNumber.format(p.x), CSVNumber.format(p.y),
                CSVNumber.format(trajectory.losses[t]), CSVNumber.format(trajectory.learningRates[t]),
            ].joined(separator: ",")
            text += "\n"
        }
        return text
    }
}
