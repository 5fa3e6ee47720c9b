import DescentNumerics

extension FigureKind {
    /// The data space of a data surface (`least_squares`, `logistic_regression`): the samples and
    /// the model at chosen steps, a fitted line or a sigmoid with its decision boundary.
    public static let dataFit = FigureKind(
        name: "data-fit", summary: "the data and the fitted line or decision boundary at chosen steps (data surfaces)",
        options: [
            ParameterSpec("at", .numbers(count: nil), range: 0...100_000,
                          summary: "The steps whose model is drawn (0 is the start; default: the start, three between and the end)"),
        ]
    )
}
