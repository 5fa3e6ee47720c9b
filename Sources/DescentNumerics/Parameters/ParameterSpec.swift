/// The description of one hyper-parameter: its name, type, allowed range and default.
public struct ParameterSpec: Sendable, Hashable {
    /// The type of value a parameter takes.
    public enum Kind: Sendable, Hashable {
        /// Any real number (within `range`).
        case number
        /// A whole number (within `range`).
        case integer
        /// `true` or `false`.
        case boolean
        /// One of a fixed set of words.
        case choice([String])
        /// A list of numbers; `count` fixes its length (e.g. 2 for `betas`).
        case numbers(count: Int?)
        /// Free text, such as a formula.
        case text
        /// A list of words or formulas (a single one counts as a list of one), such as
        /// `SequentialLR`'s `schedulers: [linear, cosine]`.
        case texts
        /// A whole number within `range` (a count), or a list of numbers (the values themselves,
        /// any finite numbers), such as contour `levels: 20` or `levels: [0.5, 1, 2, 4]`.
        case countOrNumbers
    }

    /// The name, as in PyTorch (`momentum`, `betas`, `T_max`).
    public var name: String
    /// The type of value.
    public var kind: Kind
    /// The allowed interval for numbers (each element for lists), or nil for any value.
    public var range: ClosedRange<Double>?
    /// The default, written as a lesson would write it, or nil when the parameter is required
    /// or its default depends on the run (such as `T_max`, the run's length).
    public var defaultValue: ParameterValue?
    /// One line saying what the parameter does.
    public var summary: String
    /// False for a parameter PyTorch's class does not have (Adam's `bias_correction`), which
    /// `descent list` marks as such.
    public var inPyTorch: Bool

    /// Creates a parameter description.
    public init(_ name: String, _ kind: Kind, range: ClosedRange<Double>? = nil, default defaultValue: ParameterValue? = nil,
                summary: String, inPyTorch: Bool = true) {
        self.name = name
        self.kind = kind
        self.range = range
        self.defaultValue = defaultValue
        self.summary = summary
        self.inPyTorch = inPyTorch
    }
}
