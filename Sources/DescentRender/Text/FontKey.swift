import DescentScene

/// The part of a ``TextStyle`` that selects a font (everything but the color).
struct FontKey: Hashable {
    var family: String
    var size: Double
    var weight: TextStyle.Weight
    var italic: Bool

    init(_ style: TextStyle) {
        family = style.family
        size = style.size
        weight = style.weight
        italic = style.italic
    }
}
