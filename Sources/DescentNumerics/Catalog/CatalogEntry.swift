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
    /// Builds it from validated parameters.
    public let make: @Sendable (ParameterReader) throws(ParameterError) -> Product

    /// Creates an entry.
    public init(
        name: String, aliases: [String] = [], summary: String, parameters: [ParameterSpec],
        make: @escaping @Sendable (ParameterReader) throws(ParameterError) -> Product
    ) {
        self.name = name
        self.aliases = aliases
        self.summary = summary
        self.parameters = parameters
        self.make = make
    }

    /// The description of parameter `key`, if it takes one.
    public func parameter(_ key: String) -> ParameterSpec? { parameters.first { $0.name == key } }
}
