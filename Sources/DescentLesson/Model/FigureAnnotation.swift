import DescentNumerics

/// A note written on a figure at data coordinates, with an arrow from the text to the point:
/// `{text: "saddle", at: [0, 0], text_at: [0.5, 1]}`.
public struct FigureAnnotation: Sendable, Hashable {
    /// The text (Pango markup allowed), in one or more languages.
    public var text: LocalizedText
    /// The point the arrow points at, in data coordinates.
    public var at: Vec2
    /// Where the text sits, in data coordinates; nil places it beside `at` with no arrow.
    public var textAt: Vec2?

    /// Creates an annotation.
    public init(text: LocalizedText, at: Vec2, textAt: Vec2? = nil) {
        self.text = text
        self.at = at
        self.textAt = textAt
    }
}
