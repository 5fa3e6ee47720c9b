import DescentScene

/// Places the short labels of one map (critical points and "min" stars, step numbers, snapshot
/// labels, "diverged at step k") so that no two overlap, none covers a marker, and none leaves
/// the plot area; and offsets a divergence ✕ that would land on another.
///
/// Greedy: labels are placed in the order asked, the important ones first. Each tries eight
/// positions around its anchor (right below, right above, left below, left above, right, left,
/// above, below), then the same eight 2.5 and 4.5 times as far out, and takes the first whose box
/// lies inside the plot area (less a small pad) and meets no placed label box and no marker box.
/// Failing that it takes a free box pushed inside the plot; when none is free a `required` label
/// takes the position overlapping least, and an `optional` one (a step number) is left out.
struct LabelPlacer {
    /// Whether a label may be left out when it finds no free place.
    enum Importance { case required, optional }

    let marks: Marks
    /// The plot area labels stay inside.
    let bounds: Rect
    /// Boxes of the labels placed so far.
    private(set) var labels: [Rect] = []
    /// Boxes of markers labels must not cover.
    private(set) var obstacles: [Rect] = []
    /// Where divergence ✕ marks were put.
    private var crosses: [Point] = []

    /// A placer for labels inside `bounds`, avoiding markers of half-size `radius` at `markers`.
    init(marks: Marks, bounds: Rect, markers: [Point] = [], radius: Double? = nil) {
        self.marks = marks
        self.bounds = bounds
        let r = radius ?? 5 * marks.typography.unit
        for p in markers { avoid(p, radius: r) }
    }

    /// Keeps labels off the square of half-size `radius` around `p`.
    mutating func avoid(_ p: Point, radius: Double) {
        guard p.x.isFinite, p.y.isFinite else { return }
        obstacles.append(Rect(x: p.x - radius, y: p.y - radius, width: 2 * radius, height: 2 * radius))
    }

    /// The label `text` next to `anchor`, or nil when it is optional and finds no free place.
    mutating func label(_ text: String, near anchor: Point, color: Color, weight: TextStyle.Weight = .regular, importance: Importance = .required) -> SceneNode? {
        var style = marks.typography.annotation
        style.weight = weight
        style.color = color
        let extent = marks.measurer.measure(text, markup: true, style: style)
        let u = marks.typography.unit, pad = 3 * u
        let inner = bounds.inset(top: pad, left: pad, bottom: pad, right: pad)
        var best: (rect: Rect, cost: Double)?
        for candidate in candidates(anchor, width: extent.width, height: extent.height, gap: 6 * u) {
            let box = clamped(candidate, into: inner)
            let cost = overlap(box)
            let moved = box != candidate
            if cost == 0, !moved {
                best = (box, 0)
                break
            }
            // A free box pushed inside the plot beats any overlapping one; among overlapping
            // ones the least overlap wins.
            let penalty = cost > 0 ? 1 + cost : 0.5
            if best.map({ penalty < $0.cost }) ?? true { best = (box, penalty) }
        }
        guard let chosen = best, chosen.cost < 1 || importance == .required else { return nil }
        labels.append(chosen.rect)
        return .text(TextItem(text, markup: true, at: Point(chosen.rect.minX, chosen.rect.minY), horizontal: .leading, vertical: .top,
                              style: style, halo: marks.theme.panelBackground.withAlpha(0.85)))
    }

    /// Where a divergence ✕ at `p` is drawn: `p`, or when another ✕ lies within a mark's width,
    /// beside it (to the right, else the left, inside `bounds`), so two runs diverging at one
    /// place show two marks.
    mutating func crossPosition(_ p: Point) -> Point {
        let step = 10 * marks.typography.unit
        var q = p
        for k in 1...8 where crosses.contains(where: { abs($0.x - q.x) < step && abs($0.y - q.y) < step }) {
            let right = Point(p.x + Double(k) * step, p.y), left = Point(p.x - Double(k) * step, p.y)
            q = right.x <= bounds.maxX - step / 2 ? right : left
        }
        crosses.append(q)
        avoid(q, radius: step / 2)
        return q
    }

    /// The 24 top-left corners tried for a `width` x `height` box beside `a`.
    private func candidates(_ a: Point, width w: Double, height h: Double, gap g: Double) -> [Rect] {
        [1.0, 2.5, 4.5].flatMap { s -> [Rect] in
            let gx = g * s, gy = 0.6 * g * s
            return [
                (a.x + gx, a.y + gy), (a.x + gx, a.y - gy - h), (a.x - gx - w, a.y + gy), (a.x - gx - w, a.y - gy - h),
                (a.x + gx, a.y - h / 2), (a.x - gx - w, a.y - h / 2), (a.x - w / 2, a.y - gx - h), (a.x - w / 2, a.y + gx),
            ].map { Rect(x: $0.0, y: $0.1, width: w, height: h) }
        }
    }

    /// `box` moved the least to lie inside `area` (its top-left corner when it is larger).
    private func clamped(_ box: Rect, into area: Rect) -> Rect {
        let x = max(area.minX, min(box.minX, area.maxX - box.width)), y = max(area.minY, min(box.minY, area.maxY - box.height))
        return Rect(x: x, y: y, width: box.width, height: box.height)
    }

    /// The area `box` shares with placed labels and markers, relative to its own.
    private func overlap(_ box: Rect) -> Double {
        let area = max(1e-9, box.width * box.height)
        return (labels + obstacles).reduce(0) { $0 + Self.intersection(box, $1) } / area
    }

    /// The area two rectangles share.
    static func intersection(_ a: Rect, _ b: Rect) -> Double {
        max(0, min(a.maxX, b.maxX) - max(a.minX, b.minX)) * max(0, min(a.maxY, b.maxY) - max(a.minY, b.minY))
    }
}
