import DescentNumerics

/// The kinds of figure a lesson can ask for, with the options each takes.
///
/// Adding a kind is one case here and its line in `options`; the loader, the schema and the
/// format documentation all read this list.
public enum FigureKind: String, Sendable, Hashable, CaseIterable {
    /// Contour map of the surface with every run's path over it.
    case contour
    /// The surface as a color image, without paths' clutter.
    case heatmap
    /// The surface as a 3D mesh seen from an angle, with the paths on it.
    case surface3d
    /// Learning rate against step or epoch.
    case lr
    /// Loss against step.
    case loss
    /// Distance to the nearest minimum against step.
    case distance
    /// Adaptive methods' per-parameter effective step size against step.
    case effectiveLR = "effective-lr"
    /// Basins of attraction: every start point colored by the minimum its run reaches.
    case basins
    /// Final loss against learning rate, one curve per learning-rate sweep (an LR range test).
    case lrSweep = "lr-sweep"
    /// Small multiples: one contour panel per run.
    case grid
    /// Other figures of the lesson arranged side by side and stacked (`panels`).
    case layout

    /// The options this kind takes besides the common keys (`kind`, `name`, `title`, `caption`,
    /// `runs`), checked like an optimizer's parameters.
    public var options: [ParameterSpec] {
        switch self {
        case .contour:
            return [
                Self.levels, Self.logLevels, Self.colormap,
                ParameterSpec("dots_every", .integer, range: 1...100_000, summary: "Mark every k-th step with a dot (0 dots when absent)"),
                ParameterSpec("step_labels", .boolean, default: .boolean(false), summary: "Write the step number beside marked steps"),
                ParameterSpec("gradient_field", .boolean, default: .boolean(false), summary: "Draw arrows of -grad f over the surface"),
                ParameterSpec("snapshots", .numbers(count: nil), range: 0...100_000, summary: "Steps at which every run's position is marked"),
                ParameterSpec("colorbar", .boolean, default: .boolean(false), summary: "Show a colorbar of the contour bands"),
                ParameterSpec("evaluations", .boolean, default: .boolean(false),
                              summary: "Draw the points where L-BFGS evaluated the loss within its steps as faint dots"),
                ParameterSpec("average", .boolean, default: .boolean(false), summary: "Draw ASGD's averaged iterate as a dashed second path"),
            ]
        case .heatmap:
            return [
                ParameterSpec("log", .boolean, summary: "Logarithmic colors (chosen from the surface's range when absent)"),
                Self.colormap,
            ]
        case .surface3d:
            return [
                Self.colormap,
                ParameterSpec("azimuth", .number, range: -360...360, default: .number(-60), summary: "Viewing angle around the vertical axis, degrees"),
                ParameterSpec("elevation", .number, range: -90...90, default: .number(30), summary: "Viewing angle above the plane, degrees"),
            ]
        case .lr:
            return [
                Self.logAxis,
                ParameterSpec("per", .choice(["step", "epoch"]), default: .text("step"), summary: "Horizontal axis: optimizer steps or epochs"),
            ]
        case .loss:
            return [
                Self.logAxisOn,
                ParameterSpec("per", .choice(["step", "epoch"]), default: .text("step"), summary: "Horizontal axis: optimizer steps or epochs"),
                ParameterSpec("validation", .text, summary: "A catalog surface whose loss is drawn dashed as the validation loss"),
            ]
        case .distance:
            return [Self.logAxisOn]
        case .effectiveLR:
            return [Self.logAxisOn]
        case .basins:
            return [
                ParameterSpec("resolution", .integer, range: 8...400, default: .number(60), summary: "Start points per side of the grid"),
            ]
        case .lrSweep:
            return [
                ParameterSpec("log", .boolean, default: .boolean(true), summary: "Logarithmic loss axis"),
                ParameterSpec("metric", .choice(["final", "best"]), default: .text("final"), summary: "Plot each run's final loss or the lowest it reached"),
            ]
        case .grid:
            return [
                Self.levels, Self.logLevels, Self.colormap,
                ParameterSpec("rows", .integer, range: 1...12, summary: "Rows of panels (chosen from the run count when absent)"),
                ParameterSpec("cols", .integer, range: 1...12, summary: "Columns of panels (chosen from the run count when absent)"),
            ]
        case .layout:
            return []
        }
    }

    /// The option called `key`, if this kind takes it.
    public func option(_ key: String) -> ParameterSpec? { options.first { $0.name == key } }

    /// What the kind draws, for messages and documentation.
    public var summary: String {
        switch self {
        case .contour: return "contour map with the runs' paths"
        case .heatmap: return "the surface as a color image"
        case .surface3d: return "the surface in 3D with the paths on it"
        case .lr: return "learning rate against step or epoch"
        case .loss: return "loss against step or epoch"
        case .distance: return "distance to the nearest minimum against step"
        case .effectiveLR: return "per-parameter effective step size against step"
        case .basins: return "basins of attraction: start points colored by the minimum reached"
        case .lrSweep: return "final loss against learning rate for each learning-rate sweep"
        case .grid: return "one small contour panel per run"
        case .layout: return "other figures of the lesson arranged in rows and columns"
        }
    }

    private static let levels = ParameterSpec("levels", .integer, range: 2...100, default: .number(14), summary: "Number of contour levels")
    private static let logLevels = ParameterSpec("log_levels", .boolean, summary: "Log-spaced levels (chosen from the surface's range when absent)")
    private static let colormap = ParameterSpec("colormap", .choice(["viridis", "magma", "cividis", "gray"]), default: .text("viridis"), summary: "Colors of the surface")
    private static let logAxisOn = ParameterSpec("log", .boolean, default: .boolean(true), summary: "Logarithmic vertical axis")
    private static let logAxis = ParameterSpec("log", .boolean, default: .boolean(false), summary: "Logarithmic vertical axis")
}
