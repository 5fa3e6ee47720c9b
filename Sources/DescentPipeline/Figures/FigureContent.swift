import DescentPlot

/// What one figure request contributes to a figure: its panels and the legend entries they need.
struct FigureContent {
    /// The panels.
    var layout: PanelLayout
    /// Legend entries, in order; a composed figure keeps the first entry of each id.
    var legend: [LegendEntry]

    /// The entries of `parts` with duplicate ids dropped (the first one stays), the runs first and
    /// then the keys, each in order, so a layout of two panels does not list a key between runs.
    static func mergedLegend(_ parts: [[LegendEntry]]) -> [LegendEntry] {
        var seen = Set<String>()
        let unique = parts.joined().filter { seen.insert($0.id).inserted }
        return unique.filter { $0.role == .run } + unique.filter { $0.role == .key }
    }
}
