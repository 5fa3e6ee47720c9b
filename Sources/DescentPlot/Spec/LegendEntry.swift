/// One row of a legend: a label and the style of the run it names.
public struct LegendEntry: Sendable, Hashable {
    /// Identifies the run across panels.
    public var id: String
    /// The text shown (Pango markup allowed).
    public var label: String
    /// The run's style.
    public var style: SeriesStyle

    /// Creates a legend entry.
    public init(id: String, label: String, style: SeriesStyle) {
        self.id = id
        self.label = label
        self.style = style
    }
}
