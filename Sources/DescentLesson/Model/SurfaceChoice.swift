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
    /// the formula as its `expression` parameter and its constants as `constants: "a = 1; b = 100"`;
    /// non-zero `l1` and `l2` penalties are passed as the entry's `l1` and `l2`.
    public var catalogChoice: CatalogChoice {
        var choice: CatalogChoice
        switch source {
        case .named(let named):
            choice = named
        case .expression(let formula, let constants):
            var values: [String: ParameterValue] = [Self.expressionEntry: .text(formula)]
            if !constants.isEmpty {
                values["constants"] = .text(constants.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: "; "))
            }
            choice = CatalogChoice(name: Self.expressionEntry, parameters: values)
        }
        if l1 != 0 { choice.parameters["l1"] = .number(l1) }
        if l2 != 0 { choice.parameters["l2"] = .number(l2) }
        return choice
    }

    /// The choice to build for a lesson whose figures show `domain`: a formula surface searches
    /// that rectangle for its critical points.
    public func catalogChoice(domain: Domain?) -> CatalogChoice {
        var choice = catalogChoice
        if case .expression = source, let domain {
            choice.parameters["domain"] = .list([domain.x.lowerBound, domain.x.upperBound, domain.y.lowerBound, domain.y.upperBound].map { .number($0) })
        }
        return choice
    }
}
