/// A function sampled on a regular grid: the surface a contour panel draws.
public struct ScalarField: Sendable, Hashable {
    /// The horizontal extent of the grid.
    public var x: ClosedRange<Double>
    /// The vertical extent of the grid.
    public var y: ClosedRange<Double>
    /// Samples along x.
    public var columns: Int
    /// Samples along y.
    public var rows: Int
    /// `values[row * columns + column]`, row 0 at `y.lowerBound`, column 0 at `x.lowerBound`.
    public var values: [Double]

    /// Creates a field from samples. A field whose `values.count` is not `columns * rows`, or with
    /// fewer than 2 columns or rows, is drawn without bands (see `isContourable`).
    public init(x: ClosedRange<Double>, y: ClosedRange<Double>, columns: Int, rows: Int, values: [Double]) {
        self.x = x
        self.y = y
        self.columns = columns
        self.rows = rows
        self.values = values
    }

    /// Samples `function` on a `columns x rows` grid over the given extents.
    public init(x: ClosedRange<Double>, y: ClosedRange<Double>, columns: Int, rows: Int, function: (Double, Double) -> Double) {
        var values = [Double]()
        values.reserveCapacity(max(0, columns) * max(0, rows))
        for r in 0..<max(0, rows) {
            let yv = y.lowerBound + (y.upperBound - y.lowerBound) * Double(r) / Double(max(1, rows - 1))
            for c in 0..<max(0, columns) {
                let xv = x.lowerBound + (x.upperBound - x.lowerBound) * Double(c) / Double(max(1, columns - 1))
                values.append(function(xv, yv))
            }
        }
        self.init(x: x, y: y, columns: columns, rows: rows, values: values)
    }

    /// True when the samples form a grid that can be contoured: at least 2 x 2 and
    /// `columns * rows` values.
    public var isContourable: Bool { columns >= 2 && rows >= 2 && values.count == columns * rows }

    /// The sample at a grid index.
    public subscript(column: Int, row: Int) -> Double { values[row * columns + column] }
}
