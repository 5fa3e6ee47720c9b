import DescentNumerics

/// Options several figure kinds share, each stated once (as `OptimizerParameters` does for the
/// optimizers).
public enum FigureOptions {
    /// `levels`: how many contour levels, or the level values themselves.
    public static let levels = ParameterSpec(
        "levels", .countOrNumbers, range: 2...100, default: .number(14),
        summary: "Contour levels: how many (2...100), or a list of the values themselves"
    )
    /// `log_levels`: spacing of counted levels; absent, chosen from the surface's range.
    public static let logLevels = ParameterSpec("log_levels", .boolean, summary: "Log-spaced levels (chosen from the surface's range when absent)")
    /// `colormap`: the colors of a surface.
    public static let colormap = ParameterSpec("colormap", .choice(["viridis", "magma", "cividis", "gray"]), default: .text("viridis"), summary: "Colors of the surface")
    /// `resolution`: samples per side of the grid a surface is drawn from.
    public static func resolution(default value: Int) -> ParameterSpec {
        ParameterSpec("resolution", .integer, range: 16...1024, default: .number(Double(value)), summary: "Samples per side of the grid the surface is drawn from")
    }
    /// `log`: a logarithmic vertical axis.
    public static func logAxis(default value: Bool) -> ParameterSpec {
        ParameterSpec("log", .boolean, default: .boolean(value), summary: "Logarithmic vertical axis")
    }
    /// `aspect`: the shape of a map's plot area.
    public static let aspect = ParameterSpec(
        "aspect", .choice(["auto", "equal", "fill"]), default: .text("auto"),
        summary: "equal: one unit of x as long as one of y (a round well drawn round); fill: fill the panel; auto: equal when that only narrows the map and keeps 40 % of its width, else fill"
    )
    /// `formula`: the box of update rules on a map.
    public static let formula = ParameterSpec(
        "formula", .choice(["auto", "none", "top_left", "top_right", "bottom_left", "bottom_right"]), default: .text("auto"),
        summary: "Box with the update rule of each optimizer shown (auto: in the emptiest corner, for at most 3 optimizers; none: no box; or a corner)"
    )
    /// `per`: the horizontal axis of a curve against time.
    public static let per = ParameterSpec("per", .choice(["step", "epoch"]), default: .text("step"), summary: "Horizontal axis: optimizer steps or epochs")
}

extension ParameterSpec {
    /// The same spec with another default, for kinds that share an option but not its default.
    public func withDefault(_ value: ParameterValue?) -> ParameterSpec {
        var spec = self
        spec.defaultValue = value
        return spec
    }
}
