/// Arrows on a coarse grid, such as `-grad f` over a contour map. Only each arrow's direction is
/// drawn: every arrow has the same length, so the field reads as a flow everywhere, also where
/// the gradient is tiny.
public struct VectorField: Sendable, Hashable {
    /// One arrow: its center and its direction in data units (any length but 0).
    public struct Arrow: Sendable, Hashable {
        /// Data x of the arrow's center.
        public var x: Double
        /// Data y of the arrow's center.
        public var y: Double
        /// Direction, x component.
        public var dx: Double
        /// Direction, y component.
        public var dy: Double

        /// Creates an arrow.
        public init(x: Double, y: Double, dx: Double, dy: Double) {
            self.x = x
            self.y = y
            self.dx = dx
            self.dy = dy
        }
    }

    /// The arrows; zero or non-finite directions are skipped when drawn.
    public var arrows: [Arrow]
    /// Arrows per side of the grid, used to size them (each is drawn about 0.6 cell long).
    public var cellsPerSide: Int

    /// Creates a vector field.
    public init(arrows: [Arrow], cellsPerSide: Int) {
        self.arrows = arrows
        self.cellsPerSide = cellsPerSide
    }
}
