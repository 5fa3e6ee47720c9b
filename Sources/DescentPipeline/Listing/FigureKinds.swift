/// The figure kinds a lesson can ask for, with one line each for `descent list`.
public enum FigureKinds {
    /// Name and description of every figure kind.
    public static let descriptions: [(String, String)] = [
        ("contour", "Contour map of the surface with each run's path, start, end and direction"),
        ("lr", "Learning rate against step"),
        ("loss", "Loss against step (log scale)"),
        ("layout", "Several panels in one figure with a shared legend"),
    ]
}
