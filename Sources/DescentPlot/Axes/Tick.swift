/// A tick on an axis: a data value, its label (nil for an unlabeled tick) and whether it is a
/// major tick (drawn long, with a grid line) or a minor one (short, no grid line).
public struct Tick: Sendable, Hashable {
    /// The position in data units.
    public var value: Double
    /// The label, or nil.
    public var label: String?
    /// Major ticks carry grid lines and are drawn longer.
    public var isMajor: Bool

    /// Creates a tick.
    public init(value: Double, label: String?, isMajor: Bool = true) {
        self.value = value
        self.label = label
        self.isMajor = isMajor
    }
}
