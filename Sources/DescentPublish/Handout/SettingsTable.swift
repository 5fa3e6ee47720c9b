import DescentScene

/// A lesson's settings as a ruled table (rules above and below the header and at the end, no
/// vertical lines), cells (Pango markup) wrapped to their column widths. A table taller than the
/// rest of a page is placed in parts (``part(_:)``), each with the header repeated.
struct SettingsTable {
    /// Padding left and right of a cell's text.
    static let padX = 3.0
    /// Padding above and below a row's text.
    static let padY = 2.5

    /// One row's cells, relative to the row's top-left corner, and its height.
    struct Row {
        var nodes: [SceneNode]
        var height: Double
    }

    let width: Double
    let header: Row
    let rows: [Row]

    init(header: [String], rows: [[String]], width: Double, style: TextStyle, measurer: any TextMeasuring) {
        var bold = style
        bold.weight = .bold
        let cells = [header.map(Markup.escaped)] + rows
        let natural = header.indices.map { column in
            cells.enumerated().map { index, row in
                column < row.count ? measurer.measure(row[column], markup: true, style: index == 0 ? bold : style).width + 2 * Self.padX : 0
            }.max() ?? 0
        }
        let widths = Self.widths(natural: natural, total: width)
        var lefts: [Double] = []
        var x = 0.0
        for w in widths {
            lefts.append(x)
            x += w
        }
        func row(_ cells: [String], style: TextStyle) -> Row {
            let blocks = cells.prefix(widths.count).enumerated().map { column, text in
                TextBlock(text, markup: true, style: style, width: max(1, widths[column] - 2 * Self.padX), measurer: measurer)
            }
            let nodes = blocks.enumerated().map { column, block in block.node(x: lefts[column] + Self.padX, top: Self.padY) }
            return Row(nodes: nodes, height: (blocks.map(\.height).max() ?? 0) + 2 * Self.padY)
        }
        self.width = width
        self.header = row(header.map(Markup.escaped), style: bold)
        self.rows = rows.map { row($0, style: style) }
    }

    /// Column widths adding up to `total` from the widths the columns' cells take on one line:
    /// the narrowest columns get their width while it is at most an equal share of what is left,
    /// the others share the rest equally (and wrap); when everything fits on one line, the spare
    /// width is shared in proportion.
    static func widths(natural: [Double], total: Double) -> [Double] {
        guard !natural.isEmpty else { return [] }
        var widths = natural
        var remaining = total
        var left = natural.count
        for column in natural.indices.sorted(by: { natural[$0] < natural[$1] }) {
            widths[column] = min(natural[column], remaining / Double(left))
            remaining -= widths[column]
            left -= 1
        }
        let used = widths.reduce(0, +)
        guard remaining > 0, used > 0 else { return widths }
        return widths.map { $0 * total / used }
    }

    /// The height of the header and the rows `range`.
    func height(_ range: Range<Int>) -> Double {
        header.height + rows[range].reduce(0) { $0 + $1.height }
    }

    /// How many rows from `start` on fit `height` with the header (at least one, if any is left).
    func rowsFitting(from start: Int, height: Double) -> Int {
        var used = header.height, count = 0
        for row in rows[start...] {
            guard used + row.height <= height || count == 0 else { break }
            used += row.height
            count += 1
        }
        return count
    }

    /// The header and the rows `range`, relative to a top-left corner at (0, 0); rows are shaded
    /// alternately, counting from the table's first row.
    func part(_ range: Range<Int>) -> [SceneNode] {
        var nodes: [SceneNode] = []
        var y = 0.0
        var rules = [y]
        for (index, row) in [(0, header)] + range.map({ ($0 + 1, rows[$0]) }) {
            if index % 2 == 0, index > 0 {
                nodes.append(.shape(ShapeItem(Path(rect: Rect(x: 0, y: y, width: width, height: row.height)), fill: Color(hex: 0xF4F6F8))))
            }
            nodes.append(.group(SceneGroup("row", transform: SceneTransform(offset: Point(0, y)), children: row.nodes)))
            y += row.height
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
        return nodes
    }
}
