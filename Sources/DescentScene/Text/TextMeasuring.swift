/// The measured extent of a laid-out text run.
public struct TextExtent: Sendable, Hashable {
    /// Width of the ink-and-advance box in points.
    public var width: Double
    /// Height of the line box in points.
    public var height: Double
    /// Distance from the top of the line box to the baseline.
    public var baseline: Double

    /// Creates an extent.
    public init(width: Double, height: Double, baseline: Double) {
        self.width = width
        self.height = height
        self.baseline = baseline
    }
}

/// Measures text so layout can place labels, ticks and legends without knowing the renderer.
///
/// The renderer supplies a Pango-backed measurer; tests can use an approximate one.
public protocol TextMeasuring {
    /// The extent of `text` (Pango markup when `markup` is true) in `style`.
    func measure(_ text: String, markup: Bool, style: TextStyle) -> TextExtent
}
