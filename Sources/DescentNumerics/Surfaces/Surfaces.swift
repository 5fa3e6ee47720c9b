/// The named surfaces a lesson can use.
public enum Surfaces {
    /// Every named surface, in the order `descent list` shows them.
    public static let catalog = Catalog<any Surface>(kind: "surface", entries: [
        Bowl.catalogEntry,
    ])
}

extension Bowl {
    /// The catalog entry for `bowl`.
    static let catalogEntry = CatalogEntry<any Surface>(
        name: "bowl", aliases: ["quadratic"],
        summary: "Round quadratic bowl (x^2 + y^2)/2, minimum at the origin",
        parameters: []
    ) { _ in Bowl() }
}
