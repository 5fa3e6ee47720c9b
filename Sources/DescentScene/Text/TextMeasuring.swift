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
    /// The extent of `text` wrapped at `wrapWidth` points (one line when nil), as a ``TextItem``
    /// with that ``TextItem/wrapWidth`` is drawn: the widest line's width, the height of all
    /// lines, the first line's baseline.
    func measure(_ text: String, markup: Bool, style: TextStyle, wrapWidth: Double?) -> TextExtent
}

extension TextMeasuring {
    /// An approximation for measurers that only measure single lines: words are put on a line
    /// while the line fits `wrapWidth` (explicit newlines start new lines), and line heights add
    /// up. Markup is measured as one line, as tags must not be split.
    public func measure(_ text: String, markup: Bool, style: TextStyle, wrapWidth: Double?) -> TextExtent {
        guard let wrapWidth, !markup else { return measure(text, markup: markup, style: style) }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                let candidate = line.isEmpty ? String(word) : line + " " + word
                if line.isEmpty || measure(candidate, markup: false, style: style).width <= wrapWidth {
                    line = candidate
                } else {
                    lines.append(line)
                    line = String(word)
                }
            }
            lines.append(line)
        }
        let extents = lines.map { measure($0, markup: false, style: style) }
        let lineHeight = measure("Ag", markup: false, style: style)
        return TextExtent(
            width: extents.map(\.width).max() ?? 0,
            height: extents.count > 0 ? Double(extents.count) * lineHeight.height : 0,
            baseline: lineHeight.baseline
        )
    }
}
