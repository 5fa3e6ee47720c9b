import DescentScene

/// The paragraph settings of a Pango layout: the wrap width (nil for one line) and line alignment.
struct ParagraphKey: Hashable {
    /// Wrap width in points; nil, or a width that is not positive and finite, means no wrapping.
    var wrapWidth: Double?
    /// How lines sit within the wrap width.
    var alignment: TextItem.Alignment

    /// A paragraph setting, with unusable widths turned into "no wrapping".
    init(wrapWidth: Double?, alignment: TextItem.Alignment) {
        self.wrapWidth = wrapWidth.flatMap { $0.isFinite && $0 > 0 ? $0 : nil }
        self.alignment = self.wrapWidth == nil ? .leading : alignment
    }

    /// One line, left-aligned: what every text item without a wrap width uses.
    static let singleLine = ParagraphKey(wrapWidth: nil, alignment: .leading)
}
