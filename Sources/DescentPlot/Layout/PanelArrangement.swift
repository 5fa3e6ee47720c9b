import DescentScene

/// Splits the panel area into cells following a `PanelLayout`, and aligns the plot areas of
/// neighbours: panels along the top of a row share one top margin (and likewise bottom), panels
/// down the left of a column share one left margin (and likewise right), so axes line up.
struct PanelArrangement {
    /// One placed panel.
    struct Leaf {
        var panel: Panel
        var cell: Rect
        var insets: Insets
    }

    /// The panels in layout order.
    private(set) var leaves: [Leaf] = []
    private let gapX: Double
    private let gapY: Double
    private let measure: (Panel, Rect) -> Insets

    /// Arranges `layout` in `rect`, with gaps between cells and margins from `insets`.
    init(_ layout: PanelLayout, in rect: Rect, gapX: Double, gapY: Double, insets: @escaping (Panel, Rect) -> Insets) {
        self.gapX = gapX
        self.gapY = gapY
        measure = insets
        _ = place(layout, in: rect)
    }

    /// Indices of the leaves touching each side of a sub-layout.
    private struct Edges {
        var top: [Int] = [], bottom: [Int] = [], left: [Int] = [], right: [Int] = []
    }

    private mutating func place(_ layout: PanelLayout, in rect: Rect) -> Edges {
        switch layout {
        case .panel(let panel):
            leaves.append(Leaf(panel: panel, cell: rect, insets: measure(panel, rect)))
            let i = [leaves.count - 1]
            return Edges(top: i, bottom: i, left: i, right: i)
        case .row(let children, let weights):
            let widths = Self.split(rect.width, gap: gapX, weights: weights, count: children.count)
            var x = rect.minX
            let parts = zip(children, widths).map { child, w -> Edges in
                defer { x += w + gapX }
                return place(child, in: Rect(x: x, y: rect.minY, width: w, height: rect.height))
            }
            let top = parts.flatMap(\.top), bottom = parts.flatMap(\.bottom)
            align(top, \.top)
            align(bottom, \.bottom)
            return Edges(top: top, bottom: bottom, left: parts.first?.left ?? [], right: parts.last?.right ?? [])
        case .column(let children, let weights):
            let heights = Self.split(rect.height, gap: gapY, weights: weights, count: children.count)
            var y = rect.minY
            let parts = zip(children, heights).map { child, h -> Edges in
                defer { y += h + gapY }
                return place(child, in: Rect(x: rect.minX, y: y, width: rect.width, height: h))
            }
            let left = parts.flatMap(\.left), right = parts.flatMap(\.right)
            align(left, \.left)
            align(right, \.right)
            return Edges(top: parts.first?.top ?? [], bottom: parts.last?.bottom ?? [], left: left, right: right)
        }
    }

    /// Gives every leaf in `indices` the largest of their margins on one side.
    private mutating func align(_ indices: [Int], _ side: WritableKeyPath<Insets, Double>) {
        guard let widest = indices.map({ leaves[$0].insets[keyPath: side] }).max() else { return }
        for i in indices { leaves[i].insets[keyPath: side] = widest }
    }

    /// Lengths of `count` cells sharing `length` minus the gaps, in proportion to `weights` (a
    /// missing, non-positive or non-finite weight counts as 1); never negative.
    static func split(_ length: Double, gap: Double, weights: [Double], count: Int) -> [Double] {
        guard count > 0 else { return [] }
        let w = (0..<count).map { i in i < weights.count && weights[i].isFinite && weights[i] > 0 ? min(weights[i], 1e9) : 1 }
        let total = w.reduce(0, +)
        let available = max(0, length - gap * Double(count - 1))
        return w.map { available * $0 / total }
    }
}
