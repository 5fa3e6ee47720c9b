/// A marker drawn at a data point: a run's end point and its legend sample.
public enum MarkerShape: Sendable, Hashable, CaseIterable {
    /// A filled disc.
    case circle
    /// A filled square.
    case square
    /// A filled triangle pointing up.
    case triangle
    /// A filled square standing on a corner.
    case diamond
    /// A filled plus-shaped cross.
    case cross
    /// A filled five-pointed star.
    case star
}
