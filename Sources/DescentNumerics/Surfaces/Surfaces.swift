/// The named surfaces a lesson can use.
///
/// Every entry also takes `l1` and `l2`, which add `l1 |p|_1 + l2 |p|_2^2` to the surface
/// (see `Regularized`).
public enum Surfaces {
    /// Every named surface, in the order `descent list` shows them.
    public static let catalog = Catalog<any Surface>(kind: "surface", entries: [
        Bowl.catalogEntry,
        Ravine.catalogEntry,
        Rosenbrock.catalogEntry,
        Himmelblau.catalogEntry,
        Beale.catalogEntry,
        Booth.catalogEntry,
        Matyas.catalogEntry,
        ThreeHumpCamel.catalogEntry,
        SixHumpCamel.catalogEntry,
        GoldsteinPrice.catalogEntry,
        Rastrigin.catalogEntry,
        Ackley.catalogEntry,
        StyblinskiTang.catalogEntry,
        Saddle.catalogEntry,
        MonkeySaddle.catalogEntry,
        Plateau.catalogEntry,
        Multiwell.catalogEntry,
        LeastSquares.catalogEntry,
        LogisticRegression.catalogEntry,
        DeepLinear.catalogEntry,
        NetworkSurface.catalogEntry,
        ExpressionSurface.catalogEntry,
    ].map(\.regularizable))

    /// The `l1` and `l2` parameters every surface takes.
    static let regularizationParameters = [
        ParameterSpec("l1", .number, range: 0...1e6, default: .number(0), summary: "L1 penalty strength: adds l1*(|x| + |y|)"),
        ParameterSpec("l2", .number, range: 0...1e6, default: .number(0), summary: "L2 penalty strength: adds l2*(x^2 + y^2)"),
    ]

    /// `surface` with the penalties added, or unchanged when both are 0.
    static func regularize<S: Surface>(_ surface: S, l1: Double, l2: Double) -> any Surface {
        l1 > 0 || l2 > 0 ? Regularized(surface, l1: l1, l2: l2) : surface
    }
}

extension CatalogEntry where Product == any Surface {
    /// This entry with the `l1` and `l2` parameters, which wrap what it builds in `Regularized`.
    var regularizable: CatalogEntry<any Surface> {
        let make = self.make
        return CatalogEntry(name: name, aliases: aliases, summary: summary, parameters: parameters + Surfaces.regularizationParameters) { r throws(ParameterError) in
            let surface = try make(r)
            return Surfaces.regularize(surface, l1: try r.number("l1", default: 0), l2: try r.number("l2", default: 0))
        }
    }
}
