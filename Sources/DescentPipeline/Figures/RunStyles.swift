import DescentLesson
import DescentPlot
import DescentScene

/// Gives each run of a lesson one style, used in every panel and every figure of the lesson.
///
/// A run's color is its optimizer's course color (`OptimizerColors`), the same in every lesson.
/// When a lesson has several runs of one optimizer (a sweep of learning rates, several ρ,
/// schedules compared on SGD), they take shades of that color (`Theme.shades(of:count:)`), from
/// deep to faint in sweep order, else in lesson order. A run with its own color
/// (`color: 0xRRGGBB` in the lesson) keeps it. Every color is made legible on the theme's panel
/// (`Theme.legible(_:)`). Dash and marker follow the run's place in the lesson (the print theme
/// varies them so runs differ in grayscale).
public struct RunStyles: Sendable {
    /// What the styles are chosen from, per run.
    public struct Run: Sendable {
        /// The run's id.
        public var id: String
        /// The canonical optimizer name, or nil when it has no course color (the run then takes
        /// the theme's palette by position).
        public var optimizer: String?
        /// The lesson's pinned color, or nil.
        public var color: UInt32?
        /// The run's position in its sweep, or nil.
        public var sweepIndex: Int?

        /// Describes a run.
        public init(id: String, optimizer: String?, color: UInt32?, sweepIndex: Int? = nil) {
            self.id = id
            self.optimizer = optimizer
            self.color = color
            self.sweepIndex = sweepIndex
        }
    }

    /// Styles by run id.
    public let byID: [String: SeriesStyle]

    /// The styles of the runs of `plans`.
    public init(plans: [RunPlan], theme: Theme) {
        self.init(runs: plans.map { Run(id: $0.id, optimizer: $0.optimizer.name, color: $0.color, sweepIndex: $0.sweep?.index) }, theme: theme)
    }

    /// The styles of `runs` without optimizer names: the theme's palette in order, pinned colors kept.
    public init(runs: [(id: String, color: UInt32?)], theme: Theme) {
        self.init(runs: runs.map { Run(id: $0.id, optimizer: nil, color: $0.color) }, theme: theme)
    }

    /// The styles of `runs`, as the type's comment describes.
    public init(runs: [Run], theme: Theme) {
        var styles: [String: SeriesStyle] = [:]
        // Runs of one optimizer that take its course color, in shade order.
        var families: [String: [Int]] = [:]
        for (index, run) in runs.enumerated() where run.color == nil {
            if let name = run.optimizer, OptimizerColors.byName[name] != nil { families[name, default: []].append(index) }
        }
        var colors: [Int: Color] = [:]
        for (name, members) in families {
            guard let hue = OptimizerColors.byName[name] else { continue }
            let ordered = members.enumerated().sorted { (runs[$0.element].sweepIndex ?? $0.offset, $0.offset) < (runs[$1.element].sweepIndex ?? $1.offset, $1.offset) }.map(\.element)
            for (member, shade) in zip(ordered, theme.shades(of: hue, count: ordered.count)) { colors[member] = shade }
        }
        for (index, run) in runs.enumerated() {
            var style = theme.seriesStyle(at: index)
            style.color = theme.legible(run.color.map { Color(hex: $0) } ?? colors[index] ?? style.color)
            styles[run.id] = style
        }
        byID = styles
    }

    /// The style of run `id` (the theme's muted color for an unknown id).
    public subscript(id: String) -> SeriesStyle {
        byID[id] ?? SeriesStyle(color: Color(hex: 0x777777))
    }
}
