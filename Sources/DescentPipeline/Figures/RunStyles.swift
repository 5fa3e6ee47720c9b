import DescentPlot
import DescentScene

/// Gives each run of a lesson one style, used in every panel and every figure of the lesson.
public struct RunStyles: Sendable {
    /// Styles by run id.
    public let byID: [String: SeriesStyle]

    /// Gives the runs the theme's styles in order (color; in the print theme also dash and
    /// marker). A run with its own color (`color: 0xRRGGBB` in the lesson) keeps that color.
    public init(runs: [(id: String, color: UInt32?)], theme: Theme) {
        var styles: [String: SeriesStyle] = [:]
        for (index, run) in runs.enumerated() {
            var style = theme.seriesStyle(at: index)
            if let color = run.color { style.color = Color(hex: color) }
            styles[run.id] = style
        }
        byID = styles
    }

    /// The style of run `id` (the theme's muted color for an unknown id).
    public subscript(id: String) -> SeriesStyle {
        byID[id] ?? SeriesStyle(color: Color(hex: 0x777777))
    }
}
