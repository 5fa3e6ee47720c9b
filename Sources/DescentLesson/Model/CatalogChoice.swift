import DescentNumerics

/// A catalog entry chosen by name, with the parameter values the lesson gives it:
/// `sgd` with `[momentum: 0.9]`, `cosine` with `[T_max: 100]`.
///
/// Pass it on as `catalog.build(choice.name, choice.parameters, context: ...)`. Values the lesson
/// leaves out are not filled in here: the catalog entry applies its own defaults when it builds.
public struct CatalogChoice: Sendable, Hashable {
    /// The entry's canonical name when the catalog knows it (`step` for `StepLR`).
    public var name: String
    /// The values given, by parameter name.
    public var parameters: [String: ParameterValue]

    /// Creates a choice.
    public init(name: String, parameters: [String: ParameterValue] = [:]) {
        self.name = name
        self.parameters = parameters
    }
}
