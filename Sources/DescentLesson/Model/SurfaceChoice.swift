import DescentNumerics

/// The loss surface of a lesson: a named surface from `Surfaces.catalog` or a formula, plus
/// optional L1/L2 regularization.
public struct SurfaceChoice: Sendable, Hashable {
    /// Where the surface comes from.
    public enum Source: Sendable, Hashable {
        /// A catalog surface with its parameters: `ravine` with `[condition: 25]`.
        case named(CatalogChoice)
        /// A formula in `x` and `y` with named constants: `"a*x^2 + 10*y^2"` with `[a: 1]`.
        case expression(String, parameters: [String: ParameterValue])
    }

    /// The catalog entry that builds formula surfaces, and the parameter that holds the formula.
    public static let expressionEntry = "expression"

    /// A catalog surface or a formula.
    public var source: Source
    /// L1 strength: the surface becomes `f(w) + l1 * (|x| + |y|)`. 0 means none.
    public var l1: Double
    /// L2 strength: the surface becomes `f(w) + l2 * (x^2 + y^2)`. 0 means none.
    public var l2: Double

    /// Creates a surface choice.
    public init(source: Source, l1: Double = 0, l2: Double = 0) {
        self.source = source
        self.l1 = l1
        self.l2 = l2
    }

    /// What to pass to `Surfaces.catalog.build`: the named entry, or the `expression` entry with
    /// the formula as its `expression` parameter and the formula's constants beside it.
    public var catalogChoice: CatalogChoice {
        switch source {
        case .named(let choice):
            return choice
        case .expression(let formula, let parameters):
            var values = parameters
            values[Self.expressionEntry] = .text(formula)
            return CatalogChoice(name: Self.expressionEntry, parameters: values)
        }
    }
}
