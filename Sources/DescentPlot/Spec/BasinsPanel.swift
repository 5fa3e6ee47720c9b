/// Basins of attraction: a grid of start points, each cell colored by the minimum a run from it
/// reaches (light categorical tones; gray where it reached none or diverged), minima marked.
public struct BasinsPanel: Sendable {
    /// Panel title (Pango markup), or nil.
    public var title: String?
    /// The horizontal extent of the grid.
    public var x: ClosedRange<Double>
    /// The vertical extent of the grid.
    public var y: ClosedRange<Double>
    /// Cells along x.
    public var columns: Int
    /// Cells along y.
    public var rows: Int
    /// `basins[row * columns + column]`: the index into `minima` of the minimum reached from that
    /// cell's center, or nil for none; row 0 at `y.lowerBound`. A grid whose count is not
    /// `columns * rows` is drawn empty.
    public var basins: [Int?]
    /// The minima, in the order `basins` indexes them; minimum `i` takes palette color `i`.
    public var minima: [MarkedPoint]
    /// The horizontal axis label (Pango markup).
    public var xLabel: String
    /// The vertical axis label (Pango markup).
    public var yLabel: String
    /// How the plot area is shaped: basins are regions of the plane, so `equal` keeps their
    /// shapes (a square domain drawn square) where `fill` stretches them to the cell.
    public var aspect: MapAspect

    /// Creates a basins panel.
    public init(
        title: String? = nil, x: ClosedRange<Double>, y: ClosedRange<Double>, columns: Int, rows: Int,
        basins: [Int?], minima: [MarkedPoint], xLabel: String = "x", yLabel: String = "y", aspect: MapAspect = .automatic
    ) {
        self.title = title
        self.x = x
        self.y = y
        self.columns = columns
        self.rows = rows
        self.basins = basins
        self.minima = minima
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.aspect = aspect
    }

    /// The fraction of cells that reached minimum `index` (nil: reached none).
    public func share(of index: Int?) -> Double {
        guard !basins.isEmpty else { return 0 }
        return Double(basins.count { $0 == index }) / Double(basins.count)
    }
}
