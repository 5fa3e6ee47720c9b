extension NetworkSurface {
    /// The largest hidden width and number of hidden layers a lesson may ask for.
    public static let widthLimit = 64, depthLimit = 4

    /// Samples per side of a map of the plane when the figure does not give `resolution`: each
    /// sample is a full pass over the training data.
    public static let mapResolution = 51

    /// The catalog entry for `network`.
    static let catalogEntry = CatalogEntry<any Surface>(
        name: "network", aliases: ["mlp"],
        summary: "A small MLP (nn.Sequential of Linear + tanh/ReLU) trained with cross-entropy on seeded 2D data; drawn on one plane through its trained parameters",
        parameters: [
            ParameterSpec("hidden", .numbers(count: nil), range: 1...Double(widthLimit), default: .list([.number(16), .number(16)]),
                          summary: "Hidden layer widths (1 to 4 layers)", inPyTorch: false),
            ParameterSpec("activation", .choice(Activation.allCases.map(\.rawValue)), default: .text("tanh"),
                          summary: "Nonlinearity after each hidden Linear layer (nn.Tanh or nn.ReLU)", inPyTorch: false),
            ParameterSpec("data", .choice(ToyDataset.allCases.map(\.rawValue)), default: .text("spirals"),
                          summary: "The two-class data set", inPyTorch: false),
            ParameterSpec("samples", .integer, range: 4...4000, default: .number(400), summary: "Number of points (train + validation)", inPyTorch: false),
            ParameterSpec("noise", .number, range: 0...2, default: .number(0.05), summary: "Standard deviation of the Gaussian noise added to each point", inPyTorch: false),
            ParameterSpec("validation", .number, range: 0...0.9, default: .number(0.2), summary: "Fraction of the points held out (the last ones)", inPyTorch: false),
            ParameterSpec("seed", .integer, range: 0...9e15, default: .number(0), summary: "Seed of the data (the initial weights use seed + 1)", inPyTorch: false),
            ParameterSpec("plane", .choice(NetworkPlaneKind.allCases.map(\.rawValue)), default: .text("random"),
                          summary: "The drawn plane: filter-normalized random directions, or the first two principal components of the reference run's path", inPyTorch: false),
            ParameterSpec("plane_seed", .integer, range: 0...9e15, default: .number(0), summary: "Seed of the random plane's directions", inPyTorch: false),
        ]
    ) { r throws(ParameterError) in
        let hidden = try r.numbers("hidden", default: [16, 16]).map { Int($0) }
        guard (1...depthLimit).contains(hidden.count) else { throw r.invalid("hidden", "give 1 to \(depthLimit) hidden widths, such as [16, 16]") }
        func choice<T: RawRepresentable<String>>(_ key: String, _ fallback: T) throws(ParameterError) -> T {
            T(rawValue: try r.text(key, default: fallback.rawValue)) ?? fallback
        }
        let problem = NetworkProblem(
            hidden: hidden, activation: try choice("activation", Activation.tanh), dataset: try choice("data", ToyDataset.spirals),
            samples: try r.integer("samples", default: 400), noise: try r.number("noise", default: 0.05),
            validation: try r.number("validation", default: 0.2), seed: UInt64(max(0, try r.integer("seed", default: 0)))
        )
        return NetworkSurface(problem: problem, planeKind: try choice("plane", NetworkPlaneKind.random),
                              planeSeed: UInt64(max(0, try r.integer("plane_seed", default: 0))))
    }
}
