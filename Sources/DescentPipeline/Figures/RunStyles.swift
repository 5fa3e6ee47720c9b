import DescentPlot
import DescentScene

/// Gives each run of a lesson one style, used in every panel and every figure of the lesson.
public struct RunStyles: Sendable {
    /// Styles by run id.
    public let byID: [String: SeriesStyle]

    /// Assigns the theme's palette in run order; the print theme also varies dash and marker.
    public init(runIDs: [String], theme: Theme) {
        var styles: [String: SeriesStyle] = [:]
        let markers = MarkerShape.allCases
        let dashes: [[Double]] = [[], [6, 3], [2, 2.5], [8, 3, 2, 3]]
        let varyDash = theme.name == "print"
        for (index, id) in runIDs.enumerated() {
            let color = theme.palette[index % theme.palette.count]
            styles[id] = SeriesStyle(
                color: color,
                dash: varyDash ? dashes[index % dashes.count] : [],
                marker: markers[index % markers.count]
            )
        }
        byID = styles
    }

    /// The style of run `id` (a neutral gray for an unknown id).
    public subscript(id: String) -> SeriesStyle {
        byID[id] ?? SeriesStyle(color: Color(hex: 0x777777))
    }
}
