/// A contour map: filled level bands, thin contour lines, marked critical points and paths.
public struct ContourPanel: Sendable {
    /// How contour levels are spaced.
    public enum Levels: Sendable, Hashable {
        /// Choose linear or logarithmic spacing from the field: logarithmic when its maximum stands
        /// more than six times as high above its minimum as its median does (Rosenbrock, Beale,
        /// Himmelblau), linear otherwise (quadratic bowls, saddles).
        case automatic(count: Int)
        /// `count` levels evenly spaced strictly between the minimum and the maximum.
        case linear(count: Int)
        /// `count` levels evenly spaced in `log(f - min)`, from a low quantile of `f - min` up to
        /// just under the maximum.
        case logarithmic(count: Int)
        /// Exactly these levels (non-finite ones are dropped, the rest sorted).
        case explicit([Double])
    }

    /// Panel title (Pango markup), or nil.
    public var title: String?
    /// The sampled surface.
    public var field: ScalarField
    /// Level spacing.
    public var levels: Levels
    /// The colormap of the bands, or nil for the theme's.
    public var colormap: Colormap?
    /// Points to mark (minima, saddles, maxima).
    public var markedPoints: [MarkedPoint]
    /// Optimizer paths.
    public var paths: [PathSeries]
    /// Arrows of `-grad f` drawn lightly over the bands, or nil.
    public var gradientField: VectorField?
    /// Notes with arrows at data coordinates.
    public var annotations: [Annotation]
    /// Show a colorbar of the bands beside the plot.
    public var showsColorbar: Bool
    /// The horizontal axis label (Pango markup, e.g. `η<sub>t</sub>`; escape `&` and `<`).
    public var xLabel: String
    /// The vertical axis label (Pango markup).
    public var yLabel: String
    /// How the plot area is shaped: equal scale on both axes (a round well is drawn round) or
    /// filling the cell.
    public var aspect: MapAspect
    /// A small box of lines (Pango markup) in a corner of the map, e.g. the update rules of the
    /// optimizers shown; empty for none.
    public var formulas: [FormulaLine]
    /// Where the formula box sits.
    public var formulaPlacement: FormulaPlacement
    /// Arrows and outlines in data coordinates, drawn over the paths (step anatomy, constraint regions).
    public var overlays: [Overlay] = []
    /// Points drawn as markers over the bands, under the overlays and paths (a data set's samples).
    public var scatter: [ScatterSeries] = []

    /// Creates a contour panel.
    public init(title: String? = nil, field: ScalarField, levels: Levels = .automatic(count: 14), colormap: Colormap? = nil, markedPoints: [MarkedPoint] = [], paths: [PathSeries] = [], gradientField: VectorField? = nil, annotations: [Annotation] = [], showsColorbar: Bool = false, xLabel: String = "x", yLabel: String = "y", aspect: MapAspect = .automatic, formulas: [FormulaLine] = [], formulaPlacement: FormulaPlacement = .automatic) {
        self.title = title
        self.field = field
        self.levels = levels
        self.colormap = colormap
        self.markedPoints = markedPoints
        self.paths = paths
        self.gradientField = gradientField
        self.annotations = annotations
        self.showsColorbar = showsColorbar
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.aspect = aspect
        self.formulas = formulas
        self.formulaPlacement = formulaPlacement
    }
}
