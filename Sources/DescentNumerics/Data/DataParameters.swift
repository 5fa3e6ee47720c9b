/// The parameters shared by the data surfaces: `samples`, `noise`, `seed`, `slope`, `intercept`.
struct DataParameters {
    var samples: Int
    var noise: Double
    var seed: UInt64
    var slope: Double
    var intercept: Double

    /// The parameter descriptions, with the surface's own defaults.
    static func specs(noise: Double, intercept: Double, noiseSummary: String) -> [ParameterSpec] {
        [
            ParameterSpec("samples", .integer, range: 1...1_000_000, default: .number(40), summary: "Number of samples n"),
            ParameterSpec("noise", .number, range: 0...1e6, default: .number(noise), summary: noiseSummary),
            ParameterSpec("seed", .integer, range: 0...9e15, default: .number(0), summary: "Seed of the synthetic data"),
            ParameterSpec("slope", .number, default: .number(2), summary: "The true slope w of the generating line"),
            ParameterSpec("intercept", .number, default: .number(intercept), summary: "The true intercept b of the generating line"),
        ]
    }

    /// Reads the parameters, with the surface's own defaults.
    init(_ r: ParameterReader, noise: Double, intercept: Double) throws(ParameterError) {
        samples = try r.integer("samples", default: 40)
        self.noise = try r.number("noise", default: noise)
        seed = UInt64(max(0, try r.integer("seed", default: 0)))
        slope = try r.number("slope", default: 2)
        self.intercept = try r.number("intercept", default: intercept)
    }
}
