/// What a panel asks of one of its axes: the scale, the data interval to show and the label.
struct AxisRequest {
    /// Linear or logarithmic.
    var kind: AxisScale.Kind
    /// The data interval (made usable by `AxisScale`).
    var domain: ClosedRange<Double>
    /// The axis label; empty for none.
    var label: String
}
