/// The optimizers a lesson can name.
public enum Optimizers {
    /// Every optimizer, in the order `descent list` shows them.
    public static let catalog = Catalog<any Optimizer>(kind: "optimizer", entries: [
        SGD.catalogEntry,
    ])
}
