/// One named thing a lesson can use (an optimizer, a schedule, a surface) and how to build it.
public struct CatalogEntry<Product>: Sendable {
    /// The canonical name, lower case (`adam`, `step`, `rosenbrock`).
    public let name: String
    /// Other accepted spellings, such as PyTorch's class name (`Adam`, `StepLR`).
    public let aliases: [String]
    /// One line for `descent list`.
    public let summary: String
    /// Every parameter it takes.
    public let parameters: [ParameterSpec]
    /// False for well-known methods that PyTorch lacks (Lion, signSGD, Newton), which
    /// `descent list` and the docs mark as such.
    public let inPyTorch: Bool
    /// The update rule or formula, as `descent list NAME` prints it (empty when there is none
    /// worth writing out, as for surfaces, whose summary holds the formula).
    public let rule: String
    /// The update rule as a textbook writes it, in Pango markup
    /// (`x<sub>t+1</sub> = x<sub>t</sub> − η g<sub>t</sub>`), for the formula box on maps; empty
    /// for none. `g<sub>t</sub>` is the gradient at `x<sub>t</sub>`, η the learning rate.
    public let formula: String
    /// Builds it from validated parameters.
    public let make: @Sendable (ParameterReader) throws(ParameterError) -> Product

    /// Creates an entry.
    public init(
        name: String, aliases: [String] = [], summary: String, parameters: [ParameterSpec],
        inPyTorch: Bool = true, rule: String = "", formula: String = "",
        make: @escaping @Sendable (ParameterReader) throws(ParameterError) -> Product
    ) {
        self.name = name
        self.aliases = aliases
        self.summary = summary
        self.parameters = parameters
        self.inPyTorch = inPyTorch
        self.rule = rule
        self.formula = formula
        self.make = make
    }

    /// The description of parameter `key`, if it takes one.
    public func parameter(_ key: String) -> ParameterSpec? { parameters.first { $0.name == key } }
}
