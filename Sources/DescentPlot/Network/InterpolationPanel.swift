/// The 1D interpolation panel (Goodfellow, Vinyals & Saxe 2015): the loss along the straight
/// line from one parameter vector to another against `α`, for the start and the solution or two
/// solutions. Dotted vertical lines at `α = 0` and `α = 1` carry the names of the ends, and each
/// curve's loss there is ringed in its color, so a barrier between the ends (or its absence)
/// reads against the two end losses.
public enum InterpolationPanel {
    /// The line panel of `curves`; names shared by several curves are written once at their
    /// end, different ones joined by " · ".
    public static func panel(
        _ curves: [InterpolationCurve], title: String? = nil, xLabel: String = "α", yLabel: String = "loss",
        yScale: LinePanel.Scale = .linear
    ) -> LinePanel {
        let series = curves.map { LineSeries(id: $0.id, style: $0.style, xs: $0.alphas, ys: $0.losses) }
        let markers = [
            VerticalMarker(x: 0, label: joined(curves.map(\.startName))),
            VerticalMarker(x: 1, label: joined(curves.map(\.endName))),
        ]
        var rings: [PointMarker] = []
        for curve in curves {
            for alpha in [0.0, 1.0] {
                if let loss = curve.loss(at: alpha) { rings.append(PointMarker(x: alpha, y: loss, label: "", color: curve.style.color)) }
            }
        }
        return LinePanel(
            title: title, xLabel: xLabel, xQuantity: .other, yLabel: yLabel, yScale: yScale,
            series: series, verticalMarkers: markers, pointMarkers: rings
        )
    }

    /// The distinct non-empty names in order, joined by " · ".
    static func joined(_ names: [String]) -> String {
        var seen: [String] = []
        for name in names where !name.isEmpty && !seen.contains(name) { seen.append(name) }
        return seen.joined(separator: " · ")
    }
}
