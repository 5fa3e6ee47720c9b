import DescentScene
import Foundation

/// The box around a 3D surface: its three back panes with grid lines at the ticks (drawn under the
/// surface), and tick marks, tick labels and axis labels along three of its edges (drawn over it).
///
/// The back panes are those whose outward normal points away from the eye: `x = -sign(toward.x)`,
/// `y = -sign(toward.y)` and the floor (the ceiling when looking from below). The x ticks run along
/// the floor edge nearest the viewer, the y ticks along the other near floor edge, and the z ticks
/// up the vertical edge furthest left on the screen; labels sit outside the box, pushed out along
/// the screen direction of the edge's outward normal.
struct BoxAxes {
    let box: SurfaceBox
    /// Heights of values, or nil when there is no surface (no z ticks).
    let scale: HeightScale?
    let labels: (x: String, y: String, z: String)
    let theme: Theme
    let typography: Typography
    let measurer: any TextMeasuring

    /// Labels and ticks drawn over the surface, and the device rectangle they cover.
    struct Annotations {
        var node: SceneNode
        var bounds: (minX: Double, minY: Double, maxX: Double, maxY: Double)?
    }

    /// Device length of tick marks.
    private var tickLength: Double { 4 * typography.unit }
    /// Gap between a tick mark and its label, and between tick labels and the axis label.
    private var gap: Double { 3 * typography.unit }

    // MARK: Geometry of the view

    /// The floor's box height: 0, or the top when looking from below.
    private func floorZ(_ p: ViewProjection) -> Double { p.toward.z >= 0 ? 0 : box.height }
    /// The box x of the floor edge carrying the y ticks (the near side).
    private func nearX(_ p: ViewProjection) -> Double { p.toward.x > 0 ? box.halfX : -box.halfX }
    /// The box y of the floor edge carrying the x ticks (the near side).
    private func nearY(_ p: ViewProjection) -> Double { p.toward.y > 0 ? box.halfY : -box.halfY }

    /// The vertical edge (its x, y) furthest left on the screen.
    private func zEdge(_ p: ViewProjection) -> (x: Double, y: Double) {
        var best = (x: -box.halfX, y: -box.halfY), bestX = Double.infinity
        for cx in [-box.halfX, box.halfX] {
            for cy in [-box.halfY, box.halfY] {
                let sx = p.camera(Vec3(cx, cy, 0)).x
                if sx < bestX - 1e-12 { best = (cx, cy); bestX = sx }
            }
        }
        return best
    }

    /// The ticks of each axis: about one per 55 points of projected edge on x and y, one per 35 on
    /// z (at least 3, at most 6); z ticks cover the linear part of the height scale.
    func ticks(_ p: ViewProjection) -> (x: [Tick], y: [Tick], z: [Tick]) {
        func target(_ a: Vec3, _ b: Vec3, spacing: Double) -> Int {
            let pa = p.point(a), pb = p.point(b), n = hypot(pb.x - pa.x, pb.y - pa.y) / (spacing * typography.unit)
            return n.isFinite ? max(3, min(6, Int(n))) : 3
        }
        let fz = floorZ(p)
        let x = box.x.map { LinearTicks.ticks(in: $0, targetCount: target(Vec3(-box.halfX, 0, fz), Vec3(box.halfX, 0, fz), spacing: 55)) } ?? []
        let y = box.y.map { LinearTicks.ticks(in: $0, targetCount: target(Vec3(0, -box.halfY, fz), Vec3(0, box.halfY, fz), spacing: 55)) } ?? []
        let z = scale.map { s in
            LinearTicks.ticks(in: s.minimum...s.knee, targetCount: target(Vec3(0, 0, 0), Vec3(0, 0, box.height * s.kneeLevel), spacing: 35))
        } ?? []
        return (x, y, z)
    }

    /// The box height of value `f`.
    private func z(_ f: Double) -> Double { box.height * (scale?.level(f) ?? 0.5) }

    // MARK: Panes

    /// The back panes and their grid lines.
    func panes(_ p: ViewProjection) -> SceneNode {
        let hx = box.halfX, hy = box.halfY, h = box.height
        let fz = floorZ(p), bx = -nearX(p), by = -nearY(p)
        let t = ticks(p)
        let us = t.x.map { box.u($0.value) }, vs = t.y.map { box.v($0.value) }, zs = t.z.map { z($0.value) }
        let outlines = [
            [Vec3(-hx, -hy, fz), Vec3(hx, -hy, fz), Vec3(hx, hy, fz), Vec3(-hx, hy, fz)],
            [Vec3(bx, -hy, 0), Vec3(bx, hy, 0), Vec3(bx, hy, h), Vec3(bx, -hy, h)],
            [Vec3(-hx, by, 0), Vec3(hx, by, 0), Vec3(hx, by, h), Vec3(-hx, by, h)],
        ]
        var fill = Path(), edges = Path(), grid = Path()
        for outline in outlines {
            let points = outline.map { p.point($0) }
            fill.append(Path(polyline: points, closed: true))
            edges.append(Path(polyline: points, closed: true))
        }
        func line(_ a: Vec3, _ b: Vec3) { grid.addLine(p.point(a), p.point(b)) }
        for u in us where u.isFinite {
            line(Vec3(u, -hy, fz), Vec3(u, hy, fz))
            line(Vec3(u, by, 0), Vec3(u, by, h))
        }
        for v in vs where v.isFinite {
            line(Vec3(-hx, v, fz), Vec3(hx, v, fz))
            line(Vec3(bx, v, 0), Vec3(bx, v, h))
        }
        for z in zs where z.isFinite {
            line(Vec3(bx, -hy, z), Vec3(bx, hy, z))
            line(Vec3(-hx, by, z), Vec3(hx, by, z))
        }
        let u = typography.unit
        return .group(SceneGroup("panes", children: [
            .shape(ShapeItem(fill, fill: theme.panelBackground.mixed(with: theme.grid, 0.5))),
            .shape(ShapeItem(grid, stroke: StrokeStyle(color: theme.grid.mixed(with: theme.axis, 0.3), width: 0.6 * u, cap: .butt))),
            .shape(ShapeItem(edges, stroke: StrokeStyle(color: theme.axis.withAlpha(0.7), width: 0.6 * u, join: .miter))),
        ]))
    }

    // MARK: Ticks and labels

    /// Tick marks, tick labels and axis labels.
    func annotations(_ p: ViewProjection) -> Annotations {
        let fz = floorZ(p), nx = nearX(p), ny = nearY(p), ze = zEdge(p)
        let t = ticks(p)
        var collector = Collector(theme: theme, typography: typography, measurer: measurer, tickLength: tickLength, gap: gap)
        collector.axis(
            t.x.map { (box.u($0.value), $0.label) }, at: { Vec3($0, ny, fz) }, outward: p.screenDirection(Vec3(0, ny, 0)),
            label: labels.x, middle: Vec3(0, ny, fz), projection: p
        )
        collector.axis(
            t.y.map { (box.v($0.value), $0.label) }, at: { Vec3(nx, $0, fz) }, outward: p.screenDirection(Vec3(nx, 0, 0)),
            label: labels.y, middle: Vec3(nx, 0, fz), projection: p
        )
        collector.axis(
            t.z.map { (z($0.value), $0.label) }, at: { Vec3(ze.x, ze.y, $0) }, outward: (-1, 0),
            label: labels.z, middle: Vec3(ze.x, ze.y, box.height / 2), projection: p, rotated: true
        )
        let u = typography.unit
        var children: [SceneNode] = []
        if !collector.marks.isEmpty {
            children.append(.shape(ShapeItem(collector.marks, stroke: StrokeStyle(color: theme.axis, width: 0.8 * u, cap: .butt))))
        }
        children += collector.texts
        return Annotations(node: .group(SceneGroup("axes", children: children)), bounds: collector.bounds)
    }

    /// Gathers the marks and labels of the three axes and the rectangle they cover.
    private struct Collector {
        let theme: Theme
        let typography: Typography
        let measurer: any TextMeasuring
        let tickLength: Double
        let gap: Double
        var marks = Path()
        var texts: [SceneNode] = []
        var bounds: (minX: Double, minY: Double, maxX: Double, maxY: Double)?
        /// The rectangles of the tick labels placed so far.
        private var placed: [Rect] = []

        init(theme: Theme, typography: Typography, measurer: any TextMeasuring, tickLength: Double, gap: Double) {
            self.theme = theme
            self.typography = typography
            self.measurer = measurer
            self.tickLength = tickLength
            self.gap = gap
        }

        /// How far from its center a `width x height` box reaches along unit direction `d`.
        private func reach(_ width: Double, _ height: Double, _ d: (dx: Double, dy: Double)) -> Double {
            let rx = abs(d.dx) > 1e-9 ? width / 2 / abs(d.dx) : .infinity
            let ry = abs(d.dy) > 1e-9 ? height / 2 / abs(d.dy) : .infinity
            let r = min(rx, ry)
            return r.isFinite ? r : 0
        }

        private static func overlap(_ a: Rect, _ b: Rect) -> Bool {
            a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY
        }

        private mutating func cover(_ c: Point, _ width: Double, _ height: Double) {
            let b = bounds ?? (c.x, c.y, c.x, c.y)
            bounds = (min(b.minX, c.x - width / 2), min(b.minY, c.y - height / 2), max(b.maxX, c.x + width / 2), max(b.maxY, c.y + height / 2))
        }

        /// One axis: ticks at box positions `at(position)`, labels pushed along `outward` (device
        /// unit vector; straight down when the axis is seen end-on), and the axis label beyond them.
        /// A tick label that would overlap one placed before (at a shared corner) is left out.
        mutating func axis(
            _ ticks: [(position: Double, label: String?)], at: (Double) -> Vec3, outward: (dx: Double, dy: Double)?,
            label: String, middle: Vec3, projection p: ViewProjection, rotated: Bool = false
        ) {
            let d = outward ?? (0, 1)
            var farthest = tickLength
            for tick in ticks where tick.position.isFinite {
                let a = p.point(at(tick.position))
                marks.addLine(a, Point(a.x + d.dx * tickLength, a.y + d.dy * tickLength))
                guard let text = tick.label else { continue }
                let e = measurer.measure(text, markup: false, style: typography.tick)
                let r = reach(e.width, e.height, d)
                let c = Point(a.x + d.dx * (tickLength + gap + r), a.y + d.dy * (tickLength + gap + r))
                let box = Rect(x: c.x - e.width / 2, y: c.y - e.height / 2, width: e.width, height: e.height)
                guard !placed.contains(where: { Self.overlap($0, box) }) else { continue }
                placed.append(box)
                texts.append(.text(TextItem(text, at: c, horizontal: .center, vertical: .center, style: typography.tick)))
                cover(c, e.width, e.height)
                farthest = max(farthest, tickLength + gap + 2 * r)
            }
            guard !label.isEmpty else { return }
            let e = measurer.measure(label, markup: true, style: typography.axisLabel)
            let (w, h) = rotated ? (e.height, e.width) : (e.width, e.height)
            let m = p.point(middle), r = reach(w, h, d)
            let c = Point(m.x + d.dx * (farthest + 1.5 * gap + r), m.y + d.dy * (farthest + 1.5 * gap + r))
            texts.append(.text(TextItem(label, markup: true, at: c, horizontal: .center, vertical: .center, rotation: rotated ? 90 : 0, style: typography.axisLabel)))
            cover(c, w, h)
        }
    }
}
