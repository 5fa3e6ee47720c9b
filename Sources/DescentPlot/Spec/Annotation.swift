/// A text note at data coordinates with an arrow to the point it is about.
public struct Annotation: Sendable, Hashable {
    /// The text (Pango markup).
    public var text: String
    /// Data x of the point the arrow points at.
    public var x: Double
    /// Data y of the point the arrow points at.
    public var y: Double
    /// Data x of the text's center, or nil to place the text beside the point without an arrow.
    public var textX: Double?
    /// Data y of the text's center.
    public var textY: Double?

    /// Creates an annotation.
    public init(_ text: String, x: Double, y: Double, textX: Double? = nil, textY: Double? = nil) {
        self.text = text
        self.x = x
        self.y = y
        self.textX = textX
        self.textY = textY
    }
}
