/// One row of a legend: a label and the style of the run it names, or of the mark it explains.
public struct LegendEntry: Sendable, Hashable {
    /// How the entry's sample is drawn before its label.
    public enum Sample: Sendable, Hashable {
        /// A short line in the style's color and dash with its marker in the middle (a run).
        case lineWithMarker
        /// A short line in the style's color and dash, no marker (a line drawn for every run).
        case line
        /// The style's marker alone (points of a scatter).
        case marker
        /// A short line ending in an arrowhead, no marker (an arrow drawn on a map), `weight`
        /// times the run line's width (as `Overlay.width`).
        case arrow(weight: Double)
    }

    /// What an entry names, which orders a merged legend.
    public enum Role: Sendable, Hashable {
        /// A run of the lesson.
        case run
        /// A key to marks shared by every run (arrow roles, dashes, data points); keys follow
        /// the runs when the legends of a layout's panels merge.
        case key
    }

    /// Identifies the run (or the key) across panels.
    public var id: String
    /// The text shown (Pango markup allowed).
    public var label: String
    /// The run's style.
    public var style: SeriesStyle
    /// How the sample is drawn.
    public var sample: Sample
    /// What the entry names.
    public var role: Role

    /// Creates a legend entry.
    public init(id: String, label: String, style: SeriesStyle, sample: Sample = .lineWithMarker, role: Role = .run) {
        self.id = id
        self.label = label
        self.style = style
        self.sample = sample
        self.role = role
    }
}
