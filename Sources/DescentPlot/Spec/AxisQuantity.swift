/// What a line panel's horizontal axis counts, as a fact rather than a label: a composed figure
/// lines up the axes that count the same thing (every `step` axis shares one range), whatever
/// language their labels are in.
public enum AxisQuantity: String, Sendable, Hashable {
    /// Optimizer steps.
    case step
    /// Epochs (passes over the data, or `steps_per_epoch` steps).
    case epoch
    /// The learning rate (an LR sweep).
    case learningRate
    /// Anything else; never aligned with another axis.
    case other
}
