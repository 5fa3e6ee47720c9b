/// What a panel asks of one of its axes: the scale, the data interval to show and the label.
struct AxisRequest {
    /// Linear or logarithmic.
    var kind: AxisScale.Kind
    /// The data interval (made usable by `AxisScale`).
    var domain: ClosedRange<Double>
    /// The axis label; empty for none.
    var label: String
    /// Ticks to draw instead of computed ones (the categories of a bar chart), or nil.
    var ticks: [Tick]? = nil
}
