/// Space kept free around a plot area for its title, ticks and labels.
struct Insets: Hashable {
    var top: Double
    var left: Double
    var bottom: Double
    var right: Double

    /// The larger of each side.
    func union(_ other: Insets) -> Insets {
        Insets(top: max(top, other.top), left: max(left, other.left), bottom: max(bottom, other.bottom), right: max(right, other.right))
    }
}
