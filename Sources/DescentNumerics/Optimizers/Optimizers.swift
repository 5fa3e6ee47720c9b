/// The optimizers a lesson can name.
public enum Optimizers {
    /// Every optimizer, in the order `descent list` shows them.
    public static let catalog = Catalog<any Optimizer>(kind: "optimizer", entries: [
        SGD.catalogEntry,
        SGD.momentumEntry,
        SGD.nesterovEntry,
        Adagrad.catalogEntry,
        RMSprop.catalogEntry,
        Adam.catalogEntry,
        Adam.adamWEntry,
        NAdam.catalogEntry,
        RAdam.catalogEntry,
        Adadelta.catalogEntry,
        Adamax.catalogEntry,
        Rprop.catalogEntry,
        ASGD.catalogEntry,
        Lion.catalogEntry,
        SignSGD.catalogEntry,
        LBFGS.catalogEntry,
        Newton.catalogEntry,
    ])
}
