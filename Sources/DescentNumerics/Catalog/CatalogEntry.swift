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
    /// Builds it from validated parameters.
    public let make: @Sendable (ParameterReader) throws(ParameterError) -> Product

    /// Creates an entry.
    public init(
        name: String, aliases: [String] = [], summary: String, parameters: [ParameterSpec],
        inPyTorch: Bool = true, rule: String = "",
        make: @escaping @Sendable (ParameterReader) throws(ParameterError) -> Product
    ) {
        self.name = name
        self.aliases = aliases
        self.summary = summary
        self.parameters = parameters
        self.inPyTorch = inPyTorch
        self.rule = rule
        self.make = make
    }

    /// The description of parameter `key`, if it takes one.
    public func parameter(_ key: String) -> ParameterSpec? { parameters.first { $0.name == key } }
}
