import DescentScene

/// A lesson's settings as a ruled table (rules above and below the header and at the end, no
/// vertical lines), cells wrapped to their column widths.
struct SettingsTable {
    /// Relative widths of the columns run, optimizer, lr, schedule, parameters, steps, start.
    static let weights = [0.15, 0.12, 0.08, 0.17, 0.24, 0.1, 0.14]
    /// Padding left and right of a cell's text.
    static let padX = 3.0
    /// Padding above and below a row's text.
    static let padY = 2.5

    /// The table's nodes, relative to a top-left corner at (0, 0).
    let nodes: [SceneNode]
    /// Its height.
    let height: Double

    init(header: [String], rows: [[String]], width: Double, style: TextStyle, measurer: any TextMeasuring) {
        let total = Self.weights.reduce(0, +)
        let widths = Self.weights.map { $0 / total * width }
        var lefts: [Double] = []
        var x = 0.0
        for w in widths {
            lefts.append(x)
            x += w
        }
        var bold = style
        bold.weight = .bold
        var nodes: [SceneNode] = []
        var y = 0.0
        var rules = [y]
        for (index, row) in ([header] + rows).enumerated() {
            let cellStyle = index == 0 ? bold : style
            let blocks = row.prefix(widths.count).enumerated().map { column, text in
                TextBlock(text, style: cellStyle, width: max(1, widths[column] - 2 * Self.padX), measurer: measurer)
            }
            let rowHeight = (blocks.map(\.height).max() ?? 0) + 2 * Self.padY
            if index % 2 == 0, index > 0 {
                nodes.append(.shape(ShapeItem(Path(rect: Rect(x: 0, y: y, width: width, height: rowHeight)), fill: Color(hex: 0xF4F6F8))))
            }
            for (column, block) in blocks.enumerated() {
                nodes.append(block.node(x: lefts[column] + Self.padX, top: y + Self.padY))
            }
            y += rowHeight
            if index == 0 { rules.append(y) }
        }
        rules.append(y)
        for (index, ruleY) in rules.enumerated() {
            let heavy = index != 1
            nodes.append(.shape(ShapeItem(
                Path(polyline: [Point(0, ruleY), Point(width, ruleY)]),
                stroke: StrokeStyle(color: heavy ? HandoutStyle.ink : HandoutStyle.rule, width: heavy ? 0.8 : 0.5, cap: .butt)
            )))
        }
        self.nodes = nodes
        height = y
    }
}
