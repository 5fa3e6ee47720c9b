import DescentScene

/// The resolved axes of one panel: where the plot area is, how data maps into it, and its ticks.
struct PanelFrame {
    /// The plot area in device space.
    var plot: Rect
    /// The horizontal scale (left to right).
    var x: AxisScale
    /// The vertical scale (bottom to top, so `end < start`).
    var y: AxisScale
    /// Ticks of the horizontal axis.
    var xTicks: [Tick]
    /// Ticks of the vertical axis.
    var yTicks: [Tick]

    /// The device point of data (`x`, `y`); non-finite when either maps to nothing (a
    /// non-positive value on a log axis).
    func point(_ dx: Double, _ dy: Double) -> Point { Point(x(dx), y(dy)) }
}
