import DescentScene

/// A paragraph wrapped to a width, measured as it will be drawn.
struct TextBlock {
    let text: String
    let markup: Bool
    let style: TextStyle
    let width: Double
    let alignment: TextItem.Alignment
    /// The height of all its lines.
    let height: Double

    init(_ text: String, markup: Bool = false, style: TextStyle, width: Double, alignment: TextItem.Alignment = .leading, measurer: any TextMeasuring) {
        self.text = text
        self.markup = markup
        self.style = style
        self.width = width
        self.alignment = alignment
        height = text.isEmpty ? 0 : measurer.measure(text, markup: markup, style: style, wrapWidth: width).height
    }

    /// The paragraph with its box's top-left corner at `(x, top)`.
    func node(x: Double, top: Double) -> SceneNode {
        .text(TextItem(text, markup: markup, at: Point(x, top), vertical: .top, style: style, wrapWidth: width, alignment: alignment))
    }
}

extension PageComposer {
    /// Places the paragraph at the left of the frame, on a new page if it does not fit.
    mutating func place(_ block: TextBlock) {
        let top = reserve(block.height)
        add([block.node(x: frame.minX, top: top)])
    }
}
