import DescentScene

/// Places the short labels of one map (critical points and "min" stars, step numbers, snapshot
/// labels, "diverged at step k", annotation notes) so that none overlaps another or covers a
/// marker or an in-plot box (the formula box), each crosses as little drawn path as it can, and
/// none leaves the plot area; and offsets a divergence ✕ that would land on another.
///
/// Greedy: labels are placed in the order asked, the important ones first. Each label tries a
/// list of boxes, nearest its anchor first (see `candidates` and `shifts`), each pushed inside the
/// plot area less a small pad, and takes the one of least `cost(of:labelling:)` plus a price for
/// distance (per ring farther out: 0.6 for a label, whose only tie to its point is being near
/// it; 0.2 for a note, whose arrow shows its point) and for being pushed (0.5); ties go to the
/// earlier box, so the nearest free box wins. An `optional` label (a step number) is left out
/// when even its best box overlaps a label, marker or box.
struct LabelPlacer {
    /// Whether a label may be left out when it finds no free place.
    enum Importance { case required, optional }

    let marks: Marks
    /// The plot area labels stay inside.
    let bounds: Rect
    /// Boxes of the labels placed so far.
    private(set) var labels: [Rect] = []
    /// Boxes labels must not cover: markers and in-plot boxes.
    private(set) var obstacles: [Rect] = []
    /// The centers of the markers, to tell which point a label seems to belong to.
    private var markerCenters: [Point] = []
    /// Where the drawn paths run.
    private var paths: PathCoverage
    /// Where divergence ✕ marks were put.
    private var crosses: [Point] = []

    /// A placer for labels inside `bounds`, avoiding markers of half-size `radius` at `markers`.
    init(marks: Marks, bounds: Rect, markers: [Point] = [], radius: Double? = nil) {
        self.marks = marks
        self.bounds = bounds
        paths = PathCoverage(bounds: bounds, cell: 2 * marks.typography.unit)
        let r = radius ?? 5 * marks.typography.unit
        for p in markers { avoid(p, radius: r) }
    }

    /// Keeps labels off the square of half-size `radius` around the marker at `p`.
    mutating func avoid(_ p: Point, radius: Double) {
        guard p.x.isFinite, p.y.isFinite else { return }
        obstacles.append(Rect(x: p.x - radius, y: p.y - radius, width: 2 * radius, height: 2 * radius))
        markerCenters.append(p)
    }

    /// Keeps labels off `box` (a formula box drawn inside the plot).
    mutating func avoid(_ box: Rect) {
        obstacles.append(box)
    }

    /// Makes labels shun the drawn polylines `pieces` (device space, clipped to the plot).
    mutating func avoid(paths pieces: [[Point]]) {
        paths.add(pieces)
    }

    /// The label `text` next to `anchor`, or nil when it is optional and finds no free place.
    /// A label wider than a third of the plot whose best place on one line still crosses a path
    /// or covers something is tried broken in two lines at its middle space too (a small map
    /// has no room beside "diverged at step 24"), and taken when that costs less.
    mutating func label(_ text: String, near anchor: Point, color: Color, weight: TextStyle.Weight = .regular, importance: Importance = .required) -> SceneNode? {
        var style = marks.typography.annotation
        style.weight = weight
        style.color = color
        let gap = 6 * marks.typography.unit
        func option(_ text: String) -> (text: String, width: Double, best: (box: Rect, cost: Double, free: Double)?) {
            let extent = marks.measurer.measure(text, markup: true, style: style)
            return (text, extent.width, best(candidates(anchor, width: extent.width, height: extent.height, gap: gap), labelling: anchor, ringPrice: 0.6))
        }
        var chosen = option(text)
        if let best = chosen.best, best.free >= 1, chosen.width > bounds.width / 3, let broken = Self.brokenInTwo(text) {
            let two = option(broken)
            if let other = two.best, other.cost + Self.twoLinePrice < best.cost { chosen = two }
        }
        guard let box = accept(chosen.best, importance: importance) else { return nil }
        return .text(TextItem(chosen.text, markup: true, at: Point(box.minX, box.minY), horizontal: .leading, vertical: .top,
                              style: style, halo: marks.theme.panelBackground.withAlpha(0.85)))
    }

    /// What a label broken in two lines costs more than on one (it reads less easily).
    static let twoLinePrice = 0.3

    /// `text` with its space nearest the middle made a line break; nil for one word or markup.
    static func brokenInTwo(_ text: String) -> String? {
        guard !text.contains("<") else { return nil }
        let characters = Array(text), middle = Double(characters.count) / 2
        guard let space = characters.indices.filter({ characters[$0] == " " }).min(by: { abs(Double($0) - middle) < abs(Double($1) - middle) }) else { return nil }
        var broken = characters
        broken[space] = "\n"
        return String(broken)
    }

    /// Where a `width` x `height` note asked for at `center` goes: centered there when that box
    /// is free and inside the plot, else the best of the same box shifted step by step around it.
    mutating func box(width: Double, height: Double, centeredAt center: Point) -> Rect {
        let boxes = shifts(width: width, height: height).map { d in
            (Rect(x: center.x + d.x - width / 2, y: center.y + d.y - height / 2, width: width, height: height), d.ring)
        }
        return place(boxes, labelling: nil, ringPrice: 0.2, importance: .required) ?? boxes[0].0
    }

    /// What putting a label in `box` costs, 0 when the box is free:
    /// - overlapping a placed label, a marker or an in-plot box: 10 plus 10 times the shared area
    ///   over the box's own (text must not hide a mark);
    /// - drawn path inside the box grown by half a line casing (`PathCoverage.length(in:)`) over
    ///   the box's height: about 1 for each line crossing it, at most 2.5 (a tangle is a tangle:
    ///   fleeing it far would leave the label nearer other points than its own);
    /// - 3 when a label for `anchor` lies nearer another marker than `anchor`, so it would seem
    ///   to name that point (markers within `sameSpot` of `anchor`, such as the end of a run
    ///   at its minimum, mark the same place and do not count).
    func cost(of box: Rect, labelling anchor: Point?) -> Double {
        let area = max(1e-9, box.width * box.height)
        let shared = (labels + obstacles).reduce(0) { $0 + Self.intersection(box, $1) } / area
        let reach = 2 * marks.typography.unit
        let line = paths.length(in: box.inset(top: -reach, left: -reach, bottom: -reach, right: -reach)) / max(1e-9, box.height)
        var cost = (shared > 0 ? 10 + 10 * shared : 0) + min(line, 2.5)
        if let anchor {
            let own = Self.distance(anchor, box), near = Self.sameSpot * marks.typography.unit
            let other = { (m: Point) in abs(m.x - anchor.x) > near || abs(m.y - anchor.y) > near }
            if markerCenters.contains(where: { other($0) && Self.distance($0, box) < own }) { cost += 3 }
        }
        return cost
    }

    /// The cheapest of `boxes` (each with its ring: 1 next to the anchor, more farther out, each
    /// ring costing `ringPrice`) for a label of `anchor`, recorded as placed; nil when
    /// `optional` and every box overlaps.
    private mutating func place(_ boxes: [(Rect, Double)], labelling anchor: Point?, ringPrice: Double, importance: Importance) -> Rect? {
        accept(best(boxes, labelling: anchor, ringPrice: ringPrice), importance: importance)
    }

    /// `chosen`'s box, recorded as placed; nil when there is none, or when it overlaps and the
    /// label is `optional`.
    private mutating func accept(_ chosen: (box: Rect, cost: Double, free: Double)?, importance: Importance) -> Rect? {
        guard let chosen, chosen.free < 10 || importance == .required else { return nil }
        labels.append(chosen.box)
        return chosen.box
    }

    /// The cheapest of `boxes` pushed inside the plot (less a pad), with its total cost (its own,
    /// its ring's and being pushed) and its own cost; nothing is recorded.
    private func best(_ boxes: [(Rect, Double)], labelling anchor: Point?, ringPrice: Double) -> (box: Rect, cost: Double, free: Double)? {
        let pad = 3 * marks.typography.unit
        let inner = bounds.inset(top: pad, left: pad, bottom: pad, right: pad)
        var best: (box: Rect, cost: Double, free: Double)?
        for (candidate, ring) in boxes {
            let box = clamped(candidate, into: inner)
            let free = cost(of: box, labelling: anchor)
            let total = free + ringPrice * (ring - 1) + (box != candidate ? 0.5 : 0)
            if best.map({ total < $0.cost }) ?? true { best = (box, total, free) }
            if total == 0 { break }
        }
        return best
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

    /// Markers closer than this to a label's anchor (points, at a 12 pt base size, either way)
    /// mark the same spot.
    static let sameSpot = 8.0

    /// The distances out from the anchor tried, in gaps.
    static let rings = [1.0, 1.75, 2.5, 4.5]

    /// The 32 boxes tried for a `width` x `height` label beside `a`, with their rings: at each
    /// ring right below, right above, left below, left above, right, left, above, below.
    private func candidates(_ a: Point, width w: Double, height h: Double, gap g: Double) -> [(Rect, Double)] {
        Self.rings.flatMap { s -> [(Rect, Double)] in
            let gx = g * s, gy = 0.6 * g * s
            return [
                (a.x + gx, a.y + gy), (a.x + gx, a.y - gy - h), (a.x - gx - w, a.y + gy), (a.x - gx - w, a.y - gy - h),
                (a.x + gx, a.y - h / 2), (a.x - gx - w, a.y - h / 2), (a.x - w / 2, a.y - gx - h), (a.x - w / 2, a.y + gx),
            ].map { (Rect(x: $0.0, y: $0.1, width: w, height: h), s) }
        }
    }

    /// The offsets tried for a note's box, with their rings: none, then at k = 1...6 steps of
    /// 1.5 heights across and one height down the eight ways (right, left, below, above, then
    /// the diagonals).
    private func shifts(width w: Double, height h: Double) -> [(x: Double, y: Double, ring: Double)] {
        [(0, 0, 1)] + (1...6).flatMap { k -> [(x: Double, y: Double, ring: Double)] in
            let dx = 1.5 * h * Double(k), dy = h * Double(k)
            return [(dx, 0), (-dx, 0), (0, dy), (0, -dy), (dx, dy), (-dx, dy), (dx, -dy), (-dx, -dy)].map { ($0.0, $0.1, 1 + Double(k)) }
        }
    }

    /// `box` moved the least to lie inside `area` (its top-left corner when it is larger).
    private func clamped(_ box: Rect, into area: Rect) -> Rect {
        let x = max(area.minX, min(box.minX, area.maxX - box.width)), y = max(area.minY, min(box.minY, area.maxY - box.height))
        return Rect(x: x, y: y, width: box.width, height: box.height)
    }

    /// The area two rectangles share.
    static func intersection(_ a: Rect, _ b: Rect) -> Double {
        max(0, min(a.maxX, b.maxX) - max(a.minX, b.minX)) * max(0, min(a.maxY, b.maxY) - max(a.minY, b.minY))
    }

    /// The distance from `p` to the nearest point of `box` (0 inside it).
    static func distance(_ p: Point, _ box: Rect) -> Double {
        let dx = max(box.minX - p.x, 0, p.x - box.maxX), dy = max(box.minY - p.y, 0, p.y - box.maxY)
        return (dx * dx + dy * dy).squareRoot()
    }
}
