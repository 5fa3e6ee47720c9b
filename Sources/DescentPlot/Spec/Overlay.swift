import DescentScene

/// A shape drawn over a panel in data coordinates: an arrow from one point to another (a
/// gradient, a momentum buffer, a step), or a polyline or closed outline (a constraint region,
/// a fitted line). Unlike a `VectorField`'s arrows, an overlay arrow keeps its data length.
public struct Overlay: Sendable, Hashable {
    /// What is drawn.
    public enum Shape: Sendable, Hashable {
        /// An arrow from `(x0, y0)` to `(x1, y1)`, its head at the second point.
        case arrow(x0: Double, y0: Double, x1: Double, y1: Double)
        /// A line through the points; `closed` joins the last to the first and may be filled.
        case polyline(xs: [Double], ys: [Double], closed: Bool)
    }

    /// Identifies the overlay in the scene (`<run>.gradient.5`, `constraint.l1`).
    public var id: String
    /// The shape.
    public var shape: Shape
    /// The stroke color.
    public var color: Color
    /// Stroke width relative to a run's line (1 draws as thick as a path).
    public var width: Double
    /// Dash pattern in points at a 12 pt base size (empty: solid).
    public var dash: [Double]
    /// Opacity of a fill in `color` inside a closed polyline (0: no fill).
    public var fillOpacity: Double
    /// How far an arrow's tip stops short of its end point, in points at a 12 pt base size (so
    /// it does not hide a marker drawn there).
    public var endInset = 0.0
    /// Draw a light casing under the stroke (false lets a thin arrow lie over a thicker one and
    /// leave the thicker one's edges visible).
    public var cased = true

    /// Creates an overlay.
    public init(id: String, shape: Shape, color: Color, width: Double = 1, dash: [Double] = [], fillOpacity: Double = 0) {
        self.id = id
        self.shape = shape
        self.color = color
        self.width = width
        self.dash = dash
        self.fillOpacity = fillOpacity
    }
}
