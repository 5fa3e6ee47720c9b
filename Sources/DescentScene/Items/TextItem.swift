/// A text run placed in the scene.
public struct TextItem: Sendable, Hashable {
    /// Horizontal anchoring of `position`.
    public enum HorizontalAnchor: Sendable, Hashable { case leading, center, trailing }
    /// Vertical anchoring of `position`.
    public enum VerticalAnchor: Sendable, Hashable { case top, center, baseline, bottom }
    /// How the lines of wrapped text sit within the wrap width.
    public enum Alignment: Sendable, Hashable { case leading, center, trailing, justified }

    /// The text; Pango markup (`&lt;`, `<sub>`, `<i>`) when `markup` is true.
    public var text: String
    /// True when `text` is Pango markup.
    public var markup: Bool
    /// The anchor point in device space.
    public var position: Point
    /// Which part of the text sits at `position` horizontally.
    public var horizontal: HorizontalAnchor
    /// Which part of the text sits at `position` vertically.
    public var vertical: VerticalAnchor
    /// Counter-clockwise rotation in degrees about `position` (90 for a y-axis label).
    public var rotation: Double
    /// Font and color.
    public var style: TextStyle
    /// A halo drawn behind the glyphs so the text stays readable over a busy background.
    public var halo: Color?
    /// The width in points at which the text wraps into lines (at word boundaries, inside a word
    /// only when one word is wider), or nil for a single line. When set, the horizontal anchor
    /// places the paragraph's box of this width: `leading` puts its left edge at `position`.
    public var wrapWidth: Double?
    /// How wrapped lines sit in the box; ignored without ``wrapWidth``.
    public var alignment: Alignment

    /// Creates a text item.
    public init(
        _ text: String, markup: Bool = false, at position: Point, horizontal: HorizontalAnchor = .leading,
        vertical: VerticalAnchor = .baseline, rotation: Double = 0, style: TextStyle, halo: Color? = nil,
        wrapWidth: Double? = nil, alignment: Alignment = .leading
    ) {
        self.text = text
        self.markup = markup
        self.position = position
        self.horizontal = horizontal
        self.vertical = vertical
        self.rotation = rotation
        self.style = style
        self.halo = halo
        self.wrapWidth = wrapWidth
        self.alignment = alignment
    }
}
