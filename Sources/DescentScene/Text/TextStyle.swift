/// Font and color of a text run.
public struct TextStyle: Sendable, Hashable {
    /// Font weight.
    public enum Weight: Sendable, Hashable { case regular, medium, bold }

    /// Font family list, e.g. `"DejaVu Sans, NanumGothic, sans-serif"`; Pango falls back for
    /// characters the first family lacks.
    public var family: String
    /// Size in points.
    public var size: Double
    /// Weight.
    public var weight: Weight
    /// Italic.
    public var italic: Bool
    /// Text color.
    public var color: Color

    /// Creates a text style.
    public init(family: String = "DejaVu Sans", size: Double, weight: Weight = .regular, italic: Bool = false, color: Color = .black) {
        self.family = family
        self.size = size
        self.weight = weight
        self.italic = italic
        self.color = color
    }
}
