import DescentNumerics

/// One figure a lesson asks for.
public struct FigureRequest: Sendable, Hashable {
    /// Unique within the lesson; names the output file (`paths.png`). Defaults to the kind.
    public var name: String
    /// What to draw.
    public var kind: FigureKind
    /// A heading over the figure, or nil for none.
    public var title: LocalizedText?
    /// What to look at, shown under the figure (and in the lesson's index).
    public var caption: LocalizedText?
    /// The ids of the runs shown, in lesson order, or nil for every run.
    public var runs: [String]?
    /// The kind's options as given (checked against `kind.options`); absent options take the
    /// kind's defaults through `option(_:)`.
    public var options: [String: ParameterValue]
    /// For `layout`: how the named figures are arranged. Nil for other kinds.
    public var panels: PanelArrangement?
    /// Notes with arrows at data coordinates.
    public var annotations: [FigureAnnotation] = []
    /// False (`write: false`) when the figure is drawn only as a panel of the lesson's layouts and
    /// writes no files of its own (nor appears in the handout or gallery by itself).
    public var writesFile = true

    /// Creates a figure request.
    public init(
        name: String, kind: FigureKind, title: LocalizedText? = nil, caption: LocalizedText? = nil,
        runs: [String]? = nil, options: [String: ParameterValue] = [:], panels: PanelArrangement? = nil
    ) {
        self.name = name
        self.kind = kind
        self.title = title
        self.caption = caption
        self.runs = runs
        self.options = options
        self.panels = panels
    }

    /// The option's value as given, else its documented default, else nil.
    public func option(_ key: String) -> ParameterValue? {
        options[key] ?? kind.option(key)?.defaultValue
    }
}

/// How a layout arranges figures: `[paths, [lr, loss]]` is a row whose second cell is a column.
///
/// Lists alternate direction by depth: the outer list is a row, a list inside it a column, a list
/// inside that a row again.
public indirect enum PanelArrangement: Sendable, Hashable {
    /// The figure with this name.
    case figure(String)
    /// Side by side, equal widths.
    case row([PanelArrangement])
    /// Stacked top to bottom, equal heights.
    case column([PanelArrangement])

    /// Every figure named, left to right and top to bottom.
    public var figureNames: [String] {
        switch self {
        case .figure(let name): return [name]
        case .row(let items), .column(let items): return items.flatMap(\.figureNames)
        }
    }
}
