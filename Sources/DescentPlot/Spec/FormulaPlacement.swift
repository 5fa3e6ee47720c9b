/// Where a map's formula box sits.
public enum FormulaPlacement: String, Sendable, Hashable, CaseIterable {
    /// The inner corner that covers the fewest path points and marked points (ties: top right,
    /// top left, bottom right, bottom left).
    case automatic = "auto"
    /// Inside the top-left corner of the plot area.
    case topLeft = "top_left"
    /// Inside the top-right corner.
    case topRight = "top_right"
    /// Inside the bottom-left corner.
    case bottomLeft = "bottom_left"
    /// Inside the bottom-right corner.
    case bottomRight = "bottom_right"

    /// The corners tried, in order of preference.
    static let corners: [FormulaPlacement] = [.topRight, .topLeft, .bottomRight, .bottomLeft]
}
