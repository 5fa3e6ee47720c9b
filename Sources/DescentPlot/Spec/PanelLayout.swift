/// How panels are arranged in a figure.
public indirect enum PanelLayout: Sendable {
    /// One panel filling the space.
    case panel(Panel)
    /// Side by side, widths in proportion to `weights` (a missing, non-positive or non-finite weight
    /// counts as 1).
    case row([PanelLayout], weights: [Double])
    /// Stacked top to bottom, heights in proportion to `weights` (counted as for `row`).
    case column([PanelLayout], weights: [Double])
}
